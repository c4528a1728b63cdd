package th.ita.portal.seed;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny, forgiving HTML fragment reader for the seed's table cells. The cells hold Word-export
 * fragments such as {@code <p>..</p>}, {@code <ul style=".."><li>- ..</li></ul>} (lists may nest),
 * {@code <a href="..">..</a>} and {@code <input type="checkbox"/>}. This is not a general HTML
 * parser: it knows just enough to turn those fragments into a tree.
 */
final class SeedHtml {

    /** A node of a parsed fragment. */
    sealed interface Node permits Text, Element {
    }

    /** Character data, entities already decoded. */
    record Text(String text) implements Node {
    }

    /** An element; {@code attrs} is the raw attribute text, {@code tag} is lower case. */
    record Element(String tag, String attrs, List<Node> children) implements Node {
        boolean is(String... tags) {
            for (String t : tags) {
                if (tag.equals(t)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");
    private static final Pattern BLOCK_TAG = Pattern.compile("(?i)<(p|ul|ol|li|div)\\b");
    private static final Set<String> VOID = Set.of("input", "br", "img", "hr", "meta", "col");

    private SeedHtml() {
    }

    /** True when the cell contains block markup (paragraphs or lists) rather than plain text. */
    static boolean hasBlocks(String cell) {
        return BLOCK_TAG.matcher(cell).find();
    }

    /** Parses a fragment into its top-level nodes. Unclosed elements are closed at the end. */
    static List<Node> parse(String html) {
        Element root = new Element("#root", "", new ArrayList<>());
        Deque<Element> open = new ArrayDeque<>();
        open.push(root);
        Matcher m = TAG.matcher(html);
        int pos = 0;
        while (m.find()) {
            if (m.start() > pos) {
                open.peek().children().add(new Text(decode(html.substring(pos, m.start()))));
            }
            pos = m.end();
            String tag = m.group(2).toLowerCase(Locale.ROOT);
            if (m.group(1).isEmpty()) {
                String attrs = m.group(3).trim();
                Element e = new Element(tag, attrs, new ArrayList<>());
                open.peek().children().add(e);
                if (!attrs.endsWith("/") && !VOID.contains(tag)) {
                    open.push(e);
                }
            } else if (open.stream().anyMatch(e -> e.tag().equals(tag))) {
                while (!open.peek().tag().equals(tag)) {
                    open.pop();
                }
                open.pop();
            } // a stray closing tag is ignored
        }
        if (pos < html.length()) {
            open.peek().children().add(new Text(decode(html.substring(pos))));
        }
        return root.children();
    }

    /** The concatenated character data of a node and its descendants. */
    static String text(Node node) {
        StringBuilder sb = new StringBuilder();
        appendText(node, sb);
        return sb.toString();
    }

    /** The character data of several nodes, concatenated. */
    static String text(List<Node> nodes) {
        StringBuilder sb = new StringBuilder();
        nodes.forEach(n -> appendText(n, sb));
        return sb.toString();
    }

    private static void appendText(Node node, StringBuilder sb) {
        if (node instanceof Text t) {
            sb.append(t.text());
        } else if (node instanceof Element e) {
            if (e.is("br")) {
                sb.append(' ');
            }
            e.children().forEach(c -> appendText(c, sb));
        }
    }

    /** Decodes the few entities a Word export produces; unknown ones are left alone. */
    static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = NUMERIC_ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int cp = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            m.appendReplacement(sb, Matcher.quoteReplacement(new String(Character.toChars(cp))));
        }
        m.appendTail(sb);
        return sb.toString()
                .replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    /** Escapes text for use inside an element: {@code &}, {@code <} and {@code >}. */
    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
