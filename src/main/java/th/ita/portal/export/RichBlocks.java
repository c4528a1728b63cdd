package th.ita.portal.export;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import th.ita.portal.export.ReportDocument.Block;

/**
 * Reads stored rich text (the sanitized subset: p, ul/ol/li, strong, a) into paragraphs and list
 * items, so that no writer ever prints a tag. A link keeps its address after its label when the
 * two differ.
 */
final class RichBlocks {

	private RichBlocks() {
	}

	static List<Block> of(String html) {
		List<Block> blocks = new ArrayList<>();
		if (html == null || html.isBlank()) {
			return blocks;
		}
		StringBuilder loose = new StringBuilder();
		for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
			if (node instanceof Element e && (e.nameIs("ul") || e.nameIs("ol"))) {
				flush(blocks, loose);
				list(blocks, e, 1);
			}
			else if (node instanceof Element e && e.nameIs("p")) {
				flush(blocks, loose);
				add(blocks, Block.paragraph(inline(e)));
			}
			else {
				loose.append(inline(node));
			}
		}
		flush(blocks, loose);
		return blocks;
	}

	private static void list(List<Block> blocks, Element list, int depth) {
		int number = 0;
		for (Element li : list.children()) {
			number++;
			StringBuilder text = new StringBuilder();
			for (Node child : li.childNodes()) {
				if (!(child instanceof Element e && (e.nameIs("ul") || e.nameIs("ol")))) {
					text.append(inline(child));
				}
			}
			add(blocks, new Block(depth, list.nameIs("ol") ? number + "." : "-", collapse(text.toString())));
			for (Element nested : li.children()) {
				if (nested.nameIs("ul") || nested.nameIs("ol")) {
					list(blocks, nested, depth + 1);
				}
			}
		}
	}

	private static String inline(Node node) {
		if (node instanceof TextNode text) {
			return text.getWholeText();
		}
		if (!(node instanceof Element element)) {
			return "";
		}
		StringBuilder out = new StringBuilder();
		for (Node child : element.childNodes()) {
			out.append(inline(child));
		}
		if (element.nameIs("a")) {
			String href = element.attr("href");
			String label = collapse(out.toString());
			return (href.isEmpty() || label.equals(href)) ? label : label + " (" + href + ")";
		}
		return element.nameIs("br") ? "\n" : out.toString();
	}

	private static void flush(List<Block> blocks, StringBuilder loose) {
		for (String line : loose.toString().split("\n")) {
			add(blocks, Block.paragraph(collapse(line)));
		}
		loose.setLength(0);
	}

	private static void add(List<Block> blocks, Block block) {
		if (!block.text().isBlank() || block.isListItem()) {
			blocks.add(new Block(block.depth(), block.marker(), collapse(block.text())));
		}
	}

	private static String collapse(String text) {
		return text.replaceAll("[\\s\\u00A0]+", " ").strip();
	}

}
