package th.ita.portal.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import th.ita.portal.seed.SeedHtml.Element;
import th.ita.portal.seed.SeedHtml.Node;
import th.ita.portal.seed.SeedReport.Component;

/**
 * Plain-text cleaning of the seed's cells (rich text is {@link SeedRichText}): whitespace runs
 * collapsed to one space, trimmed, the agency name's misspellings fixed, the text otherwise
 * verbatim; plus the components and units cells and Thai-digit numbers.
 */
final class SeedText {

    /** Phrases of component cells whose " - " is part of the text, not an entry separator. */
    static final List<String> UNSPLIT_PHRASES = List.of("ชื่อ - นามสกุล", "ถาม - ตอบ");

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");
    /**
     * Separators between plain-text component entries: " - ", and also " -" directly followed by
     * Thai text (o34's last entry is written "... ความเสี่ยง -เป็นการดำเนินการในปี ...").
     */
    private static final Pattern COMPONENT_SEPARATOR = Pattern.compile(" - | -(?=[\\u0E01-\\u0E4F])");
    private static final char PROTECTED_DASH = '\u0000';

    private SeedText() {
    }

    // ---- plain text ---------------------------------------------------------------------------

    /** Collapses whitespace runs to one space and trims; the text is otherwise left verbatim. */
    static String collapse(String s) {
        return WHITESPACE.matcher(s).replaceAll(" ").trim();
    }

    /** {@link #collapse} plus the agency-name fix. */
    static String clean(String s) {
        return fixAgencyName(collapse(s));
    }

    /** Replaces every known misspelling of the agency's name (บางเสด็จ, ...) with บางเสาธง. */
    static String fixAgencyName(String s) {
        for (String wrong : SeedReport.AGENCY_NAME_MISSPELLINGS) {
            s = s.replace(wrong, SeedReport.AGENCY_SHORT_NAME);
        }
        return s;
    }

    /**
     * A plain-text cell: markup dropped; paragraphs (and list items) become lines joined by "\n".
     */
    static String plain(String cell) {
        List<String> lines = new ArrayList<>();
        List<Node> run = new ArrayList<>();
        for (Node n : SeedHtml.parse(cell)) {
            if (n instanceof Element e && e.is("p", "div", "li", "ul", "ol")) {
                addLine(lines, SeedHtml.text(run));
                run.clear();
                if (e.is("ul", "ol")) {
                    e.children().forEach(li -> addLine(lines, stripBullet(clean(SeedHtml.text(li)))));
                } else {
                    addLine(lines, SeedHtml.text(e));
                }
            } else {
                run.add(n);
            }
        }
        addLine(lines, SeedHtml.text(run));
        return String.join("\n", lines);
    }

    private static void addLine(List<String> lines, String text) {
        String s = clean(text);
        if (!s.isEmpty()) {
            lines.add(s);
        }
    }

    /** The responsible units of an OIT row, "สำนักปลัด, กองช่าง, กองคลัง", in cell order. */
    static List<String> units(String cell) {
        List<String> units = new ArrayList<>();
        for (String u : plain(cell).split("\\s*[,\\n]\\s*")) {
            if (!u.isBlank()) {
                units.add(u.trim());
            }
        }
        return List.copyOf(units);
    }

    /** Drops a leading "- " bullet. */
    static String stripBullet(String s) {
        return s.equals("-") ? "" : s.startsWith("- ") ? s.substring(2).trim() : s;
    }

    // ---- components --------------------------------------------------------------------------

    /** The entries of an องค์ประกอบด้านข้อมูล cell, in order; nested list entries get depth 1. */
    static List<Component> components(String cell) {
        List<Component> out = new ArrayList<>();
        if (SeedHtml.hasBlocks(cell)) {
            componentNodes(SeedHtml.parse(cell), 0, out);
        } else {
            plainComponents(SeedHtml.text(SeedHtml.parse(cell)), 0, out);
        }
        return List.copyOf(out);
    }

    private static void componentNodes(List<Node> nodes, int depth, List<Component> out) {
        List<Node> run = new ArrayList<>();
        for (Node n : nodes) {
            if (n instanceof Element e && e.is("ul", "ol", "li", "p", "div")) {
                plainComponents(SeedHtml.text(run), depth, out);
                run.clear();
                if (e.is("ul", "ol")) {
                    for (Node item : e.children()) {
                        componentNodes(List.of(item), depth, out);
                    }
                } else {
                    List<Node> inline = new ArrayList<>();
                    List<Element> nested = new ArrayList<>();
                    for (Node c : e.children()) {
                        if (c instanceof Element ce && ce.is("ul", "ol")) {
                            nested.add(ce);
                        } else {
                            inline.add(c);
                        }
                    }
                    String text = stripBullet(clean(SeedHtml.text(inline)));
                    if (!text.isEmpty()) {
                        out.add(new Component(depth, text));
                    }
                    nested.forEach(ul -> componentNodes(List.of(ul), depth + 1, out));
                }
            } else {
                run.add(n);
            }
        }
        plainComponents(SeedHtml.text(run), depth, out);
    }

    /** "- A - B - C" → A, B, C, keeping {@link #UNSPLIT_PHRASES} whole. */
    private static void plainComponents(String text, int depth, List<Component> out) {
        String s = clean(text);
        for (String phrase : UNSPLIT_PHRASES) {
            s = s.replace(phrase, phrase.replace('-', PROTECTED_DASH));
        }
        s = stripBullet(s);
        for (String part : COMPONENT_SEPARATOR.split(s)) {
            String entry = part.trim().replace(PROTECTED_DASH, '-');
            if (!entry.isEmpty()) {
                out.add(new Component(depth, entry));
            }
        }
    }


    // ---- numbers ------------------------------------------------------------------------------

    /** Replaces Thai digits ๐–๙ with ASCII digits. */
    static String asciiDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.chars().forEach(c -> sb.append(c >= '๐' && c <= '๙' ? (char) ('0' + c - '๐') : (char) c));
        return sb.toString();
    }

    /** Writes a number with Thai digits. */
    static String toThaiDigits(int n) {
        StringBuilder sb = new StringBuilder();
        String.valueOf(n).chars().forEach(c -> sb.append((char) ('๐' + c - '0')));
        return sb.toString();
    }

    /** Parses Thai (or ASCII) digits, leading zeros allowed: "๐๔๓" → 43. */
    static int number(String s) {
        return Integer.parseInt(asciiDigits(collapse(s)));
    }
}
