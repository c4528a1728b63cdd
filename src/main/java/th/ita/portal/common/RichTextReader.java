package th.ita.portal.common;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Reads stored rich-text HTML back into the light markup of {@link RichText}. */
final class RichTextReader {

	private RichTextReader() {
	}

	static String toMarkup(String html) {
		if (html == null || html.isBlank()) {
			return "";
		}
		StringBuilder out = new StringBuilder();
		StringBuilder loose = new StringBuilder();
		for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
			if (node instanceof Element element && (element.nameIs("ul") || element.nameIs("ol"))) {
				flush(out, loose);
				list(out, element, 0);
			}
			else if (node instanceof Element element && element.nameIs("p")) {
				flush(out, loose);
				line(out, inline(element));
			}
			else {
				loose.append(node instanceof Element element ? inlineElement(element) : text(node));
			}
		}
		flush(out, loose);
		return out.toString().stripTrailing();
	}

	private static void list(StringBuilder out, Element list, int depth) {
		for (Element li : list.children()) {
			StringBuilder text = new StringBuilder();
			for (Node child : li.childNodes()) {
				if (!(child instanceof Element e && (e.nameIs("ul") || e.nameIs("ol")))) {
					text.append(child instanceof Element e ? inlineElement(e) : text(child));
				}
			}
			line(out, "  ".repeat(depth) + "- " + text.toString().strip());
			for (Element nested : li.children()) {
				if (nested.nameIs("ul") || nested.nameIs("ol")) {
					list(out, nested, depth + 1);
				}
			}
		}
	}

	private static String inline(Element element) {
		StringBuilder text = new StringBuilder();
		for (Node child : element.childNodes()) {
			text.append(child instanceof Element e ? inlineElement(e) : text(child));
		}
		return text.toString();
	}

	private static String inlineElement(Element element) {
		if (element.nameIs("strong") || element.nameIs("b")) {
			return "**" + inline(element) + "**";
		}
		if (element.nameIs("a")) {
			String href = element.attr("href");
			String label = inline(element);
			return label.equals(href) || href.isEmpty() ? label : label + " " + href;
		}
		return inline(element);
	}

	private static String text(Node node) {
		return (node instanceof TextNode text) ? text.text() : "";
	}

	private static void flush(StringBuilder out, StringBuilder loose) {
		if (!loose.toString().isBlank()) {
			line(out, loose.toString());
		}
		loose.setLength(0);
	}

	private static void line(StringBuilder out, String text) {
		String stripped = text.replaceAll("\\s+", " ").strip();
		if (!stripped.isEmpty()) {
			out.append(text.startsWith(" ") ? text.replaceAll("\\s+$", "") : stripped).append('\n');
		}
	}

}
