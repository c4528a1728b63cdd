package th.ita.portal.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.ita.portal.seed.SeedHtml.Element;
import th.ita.portal.seed.SeedHtml.Node;

/**
 * Rich-text cleaning: a seed cell becomes the portal's HTML subset, a sequence of {@code <p>} and/or
 * {@code <ul><li>} (lists may nest), text HTML-escaped ({@code &}, {@code <}, {@code >}; apostrophes
 * and quotes are kept as they are), no attributes, no empty paragraphs. Inline markup such as
 * {@code <a href>} is reduced to its text.
 */
final class SeedRichText {

    private static final Pattern CHECKED = Pattern.compile("\\bchecked\\b");
    private static final Pattern CHECKBOXES = Pattern.compile(
            "\\s*<input([^>]*)>\\s*ยังไม่ได้ดำเนินการ\\s*<input([^>]*)>\\s*ดำเนินการ(.*)", Pattern.DOTALL);

    private SeedRichText() {
    }

    /** A progress cell split into its status ('DONE' or 'NOT_STARTED') and its rich-text progress. */
    record Progress(String status, String html) {
    }

    /** A rich-text cell as the portal's HTML subset (see the class comment). */
    static String rich(String cell) {
        StringBuilder out = new StringBuilder();
        richNodes(SeedHtml.parse(cell), out);
        return out.toString();
    }

    private static void richNodes(List<Node> nodes, StringBuilder out) {
        List<Node> run = new ArrayList<>();
        for (Node n : nodes) {
            if (n instanceof Element e && e.is("p", "div", "ul", "ol", "li")) {
                plainRun(SeedHtml.text(run), out);
                run.clear();
                if (e.is("p")) {
                    paragraph(SeedText.clean(SeedHtml.text(e)), out);
                } else if (e.is("div")) {
                    richNodes(e.children(), out);
                } else if (e.is("li")) {
                    out.append(list(new Element("ul", "", List.of(e))));
                } else {
                    out.append(list(e));
                }
            } else {
                run.add(n); // text and inline elements (a, b, span, ...): their text only
            }
        }
        plainRun(SeedHtml.text(run), out);
    }

    /**
     * Plain text in a rich field: "- A - B" becomes a list (split at a leading "- " and at " - "
     * only); anything else becomes paragraphs split before a run of Thai enumerators ๑. ๒. ...
     */
    private static void plainRun(String text, StringBuilder out) {
        String s = SeedText.clean(text);
        if (s.isEmpty()) {
            return;
        }
        if (s.startsWith("- ") || s.equals("-")) {
            StringBuilder items = new StringBuilder();
            for (String part : s.substring(1).split(" - ")) {
                if (!part.isBlank()) {
                    items.append("<li>").append(SeedHtml.escape(part.trim())).append("</li>");
                }
            }
            if (items.length() > 0) {
                out.append("<ul>").append(items).append("</ul>");
            }
        } else {
            splitEnumerated(s).forEach(p -> paragraph(p, out));
        }
    }

    private static void paragraph(String text, StringBuilder out) {
        if (!text.isEmpty()) {
            out.append("<p>").append(SeedHtml.escape(text)).append("</p>");
        }
    }

    /**
     * Splits collapsed text before each enumerator of the ascending run "๑.", "๒.", "๓.", ... that
     * stands at the start or after a space and is not followed by a digit (so "๙.๔" and
     * "พ.ศ.๒๕๖๖" never split). Enumerators are kept.
     */
    static List<String> splitEnumerated(String s) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        int from = 0;
        for (int expected = 1; ; expected++) {
            String marker = SeedText.toThaiDigits(expected) + ".";
            int at = indexOfEnumerator(s, marker, from);
            if (at < 0) {
                break;
            }
            if (at > start) {
                parts.add(s.substring(start, at).trim());
            }
            start = at;
            from = at + marker.length();
        }
        parts.add(s.substring(start).trim());
        parts.removeIf(String::isEmpty);
        return parts;
    }

    private static int indexOfEnumerator(String s, String marker, int from) {
        for (int i = s.indexOf(marker, from); i >= 0; i = s.indexOf(marker, i + 1)) {
            int end = i + marker.length();
            boolean startsWord = i == 0 || Character.isWhitespace(s.charAt(i - 1));
            boolean endsNumber = end == s.length() || !Character.isDigit(s.charAt(end));
            if (startsWord && endsNumber) {
                return i;
            }
        }
        return -1;
    }

    private static String list(Element ul) {
        StringBuilder items = new StringBuilder();
        for (Node child : ul.children()) {
            List<Node> inline = new ArrayList<>();
            StringBuilder nested = new StringBuilder();
            List<Node> content = child instanceof Element li && li.is("li") ? li.children() : List.of(child);
            for (Node n : content) {
                if (n instanceof Element e && e.is("ul", "ol")) {
                    nested.append(list(e));
                } else {
                    inline.add(n);
                }
            }
            String text = SeedText.stripBullet(SeedText.clean(SeedHtml.text(inline)));
            if (!text.isEmpty() || nested.length() > 0) {
                items.append("<li>").append(SeedHtml.escape(text)).append(nested).append("</li>");
            }
        }
        String tag = ul.is("ol") ? "ol" : "ul";
        return items.length() == 0 ? "" : "<" + tag + ">" + items + "</" + tag + ">";
    }

    /**
     * A progress cell: two checkboxes (ยังไม่ได้ดำเนินการ / ดำเนินการ); the checked one is the status,
     * the text after both labels the progress.
     */
    static Progress progress(String cell) {
        Matcher m = CHECKBOXES.matcher(cell);
        if (!m.matches()) {
            throw new IllegalArgumentException("progress cell without the two status checkboxes: " + cell);
        }
        boolean notStarted = CHECKED.matcher(m.group(1)).find();
        boolean done = CHECKED.matcher(m.group(2)).find();
        if (notStarted == done) {
            throw new IllegalArgumentException("exactly one status checkbox must be checked: " + cell);
        }
        return new Progress(done ? "DONE" : "NOT_STARTED", rich(m.group(3)));
    }
}
