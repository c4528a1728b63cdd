package th.ita.portal.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose parameters carry no control characters but tab, line feed and carriage return.
 * PostgreSQL cannot store or compare a NUL ("invalid byte sequence for encoding UTF8: 0x00"), and
 * XML (the PDF and Word exports) allows none of the others, so a NUL typed into any field, filter or
 * the sign-in form used to end in a 500. No keyboard types them; the rest of what was sent is kept.
 */
final class ControlCharacterFreeRequest extends HttpServletRequestWrapper {

	private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

	private final Map<String, String[]> parameters;

	private ControlCharacterFreeRequest(HttpServletRequest request, Map<String, String[]> parameters) {
		super(request);
		this.parameters = parameters;
	}

	/** The request itself when none of its parameters holds a control character, else a clean view of it. */
	static HttpServletRequest of(HttpServletRequest request) {
		Map<String, String[]> original = request.getParameterMap();
		if (original.entrySet().stream().noneMatch((entry) -> hasControls(entry.getKey(), entry.getValue()))) {
			return request;
		}
		Map<String, String[]> clean = new LinkedHashMap<>();
		original.forEach((name, values) -> {
			String[] cleaned = new String[values.length];
			for (int i = 0; i < values.length; i++) {
				cleaned[i] = strip(values[i]);
			}
			clean.merge(strip(name), cleaned, ControlCharacterFreeRequest::concat);
		});
		return new ControlCharacterFreeRequest(request, Collections.unmodifiableMap(clean));
	}

	static String strip(String value) {
		return (value == null) ? null : CONTROLS.matcher(value).replaceAll("");
	}

	private static boolean hasControls(String name, String[] values) {
		if (CONTROLS.matcher(name).find()) {
			return true;
		}
		for (String value : values) {
			if (value != null && CONTROLS.matcher(value).find()) {
				return true;
			}
		}
		return false;
	}

	private static String[] concat(String[] first, String[] second) {
		String[] both = new String[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	@Override
	public String getParameter(String name) {
		String[] values = this.parameters.get(name);
		return (values == null || values.length == 0) ? null : values[0];
	}

	@Override
	public String[] getParameterValues(String name) {
		String[] values = this.parameters.get(name);
		return (values == null) ? null : values.clone();
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		return this.parameters;
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.enumeration(this.parameters.keySet());
	}

}
