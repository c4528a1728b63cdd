package th.ita.portal.support;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A form of a page as a browser would send it: every field with its value as the page shows it,
 * and the CSRF token; some fields can be given new values before it is sent.
 */
public final class HtmlForm {

	private final PortalHttp browser;

	private final String action;

	private final Map<String, List<String>> fields;

	private HtmlForm(PortalHttp browser, String action, Map<String, List<String>> fields) {
		this.browser = browser;
		this.action = action;
		this.fields = fields;
	}

	/** The form of the page at {@code path} that posts to {@code action}. */
	public static HtmlForm on(PortalHttp browser, String path, String action) throws Exception {
		HttpResponse<byte[]> page = browser.get(path);
		if (page.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + page.statusCode());
		}
		Element form = Jsoup.parse(PortalHttp.text(page)).selectFirst("form[action=" + action + "]");
		if (form == null) {
			throw new IllegalStateException(path + " has no form that posts to " + action);
		}
		Map<String, List<String>> fields = new LinkedHashMap<>();
		for (Element field : form.select("input[name], textarea[name], select[name]")) {
			String type = field.attr("type");
			if (("checkbox".equals(type) || "radio".equals(type)) && !field.hasAttr("checked")) {
				continue;
			}
			String value = switch (field.tagName()) {
				case "textarea" -> field.wholeText();
				case "select" -> field.select("option[selected]").val();
				default -> field.val();
			};
			fields.computeIfAbsent(field.attr("name"), (name) -> new ArrayList<>()).add(value);
		}
		return new HtmlForm(browser, action, fields);
	}

	/** The page's own form that posts back to the page itself. */
	public static HtmlForm on(PortalHttp browser, String path) throws Exception {
		return on(browser, path, path);
	}

	public String value(String name) {
		List<String> values = this.fields.get(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	/** The same form with one field set to the given value(s). */
	public HtmlForm with(String name, String... values) {
		Map<String, List<String>> changed = new LinkedHashMap<>(this.fields);
		changed.put(name, List.of(values));
		return new HtmlForm(this.browser, this.action, changed);
	}

	public HttpResponse<byte[]> send() throws Exception {
		List<String> pairs = new ArrayList<>();
		String csrf = null;
		for (Map.Entry<String, List<String>> field : this.fields.entrySet()) {
			for (String value : field.getValue()) {
				if ("_csrf".equals(field.getKey())) {
					csrf = value;
				}
				else {
					pairs.add(field.getKey());
					pairs.add(value);
				}
			}
		}
		return this.browser.post(this.action, csrf, pairs.toArray(String[]::new));
	}

}
