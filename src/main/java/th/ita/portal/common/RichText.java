package th.ita.portal.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Rich text as staff type it and as the portal stores it.
 *
 * <p>Staff write a light markup in a plain text box: each line is a paragraph, lines starting with
 * "- " are a bulleted list (indented by two spaces: a sub-list), {@code **text**} is bold, and
 * web addresses become links. {@link #toHtml} turns that into paragraphs, lists, bold and links,
 * escaping everything else, and OWASP's sanitizer is the last gate: whatever arrives, only those
 * elements and http(s) links are ever stored, so every page renders it inert.
 * {@link #toMarkup} reads stored HTML back into the markup for editing.
 */
public final class RichText {

	/** Paragraphs, lists, bold and links only; links only to http(s) and mail. */
	public static final PolicyFactory POLICY = new HtmlPolicyBuilder().allowElements("p", "ul", "ol", "li", "strong", "b")
		.allowElements("a")
		.allowAttributes("href")
		.onElements("a")
		.allowUrlProtocols("http", "https", "mailto")
		.requireRelsOnLinks("noopener", "noreferrer")
		.toFactory();

	private static final Pattern LIST_ITEM = Pattern.compile("^( *)[-•] +(.*)$");

	private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

	private static final Pattern URL = Pattern.compile("\\bhttps?://[^\\s<>\"']+[^\\s<>\"'.,;:!?)]");

	private RichText() {
	}

	/** The stored, sanitized HTML of what staff typed. */
	public static String toHtml(String markup) {
		if (markup == null || markup.isBlank()) {
			return "";
		}
		StringBuilder html = new StringBuilder();
		int open = 0;
		for (String line : markup.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
			if (line.isBlank()) {
				open = closeLists(html, open, 0);
				continue;
			}
			Matcher item = LIST_ITEM.matcher(line);
			if (item.matches()) {
				int depth = Math.min(item.group(1).length() / 2, 2) + 1;
				if (depth > open + 1) {
					depth = open + 1;
				}
				if (depth > open) {
					html.append("<ul>");
					open = depth;
				}
				else {
					open = closeLists(html, open, depth);
					html.append("</li>");
				}
				html.append("<li>").append(inline(item.group(2).strip()));
			}
			else {
				open = closeLists(html, open, 0);
				html.append("<p>").append(inline(line.strip())).append("</p>");
			}
		}
		closeLists(html, open, 0);
		return sanitize(html.toString());
	}

	/**
	 * What to store for an edited field: the stored HTML itself when the user left its text as it
	 * was (so an untouched field never changes), else the new text as HTML.
	 */
	public static String keepOrConvert(String storedHtml, String markup) {
		return toMarkup(storedHtml).equals(markup.strip()) ? storedHtml : toHtml(markup);
	}

	/** OWASP's gate: only paragraphs, lists, bold and http(s) links survive. */
	public static String sanitize(String html) {
		return (html == null) ? "" : POLICY.sanitize(html);
	}

	/** The markup staff edit, read back from stored HTML. */
	public static String toMarkup(String html) {
		return RichTextReader.toMarkup(html);
	}

	private static int closeLists(StringBuilder html, int open, int to) {
		for (int depth = open; depth > to; depth--) {
			html.append("</li></ul>");
		}
		return Math.min(open, to);
	}

	private static String inline(String text) {
		String escaped = escape(text);
		escaped = BOLD.matcher(escaped).replaceAll("<strong>$1</strong>");
		return URL.matcher(escaped).replaceAll(m -> Matcher.quoteReplacement("<a href=\"" + m.group() + "\">" + m.group() + "</a>"));
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;");
	}

}
