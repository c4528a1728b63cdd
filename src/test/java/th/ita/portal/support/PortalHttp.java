package th.ita.portal.support;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;

/**
 * A browser's requests to the portal on a real Tomcat, for tests that need what only a real server
 * sends (error pages, Tomcat's valves, its headers). The session cookie is kept by hand, so that the
 * same session can be used over plain HTTP and as if through a TLS-terminating proxy
 * ({@code X-Forwarded-Proto: https}, which the test profile trusts from 127.0.0.1 through
 * {@code ita.trusted-proxies}). Redirects are not followed.
 */
public final class PortalHttp {

	private final HttpClient http = HttpClient.newHttpClient();

	private final int port;

	private final boolean https;

	private final String session;

	private final String language;

	private PortalHttp(int port, boolean https, String session, String language) {
		this.port = port;
		this.https = https;
		this.session = session;
		this.language = language;
	}

	/** An anonymous reader over plain HTTP, in Thai. */
	public static PortalHttp on(int port) {
		return new PortalHttp(port, false, null, null);
	}

	/** The same reader, as if through a TLS-terminating proxy. */
	public PortalHttp overHttps() {
		return new PortalHttp(this.port, true, this.session, this.language);
	}

	/** The same reader (session and language) sending to another instance on this machine. */
	public PortalHttp onPort(int otherPort) {
		return new PortalHttp(otherPort, this.https, this.session, this.language);
	}

	/** The same reader holding the session cookie a response set. */
	public PortalHttp withSessionOf(HttpResponse<?> response) {
		return new PortalHttp(this.port, this.https, sessionCookie(response), this.language);
	}

	/** The same reader without a session. */
	public PortalHttp anonymous() {
		return new PortalHttp(this.port, this.https, null, this.language);
	}

	/** The same reader, who chose English (the language cookie). */
	public PortalHttp inEnglish() {
		return new PortalHttp(this.port, this.https, this.session, "en");
	}

	public boolean https() {
		return this.https;
	}

	/** This reader's session cookie ({@code JSESSIONID=...}), for requests sent another way. */
	public String sessionCookie() {
		return "JSESSIONID=" + this.session;
	}

	/** Signs in through the login form, as a browser does, and returns the signed-in reader. */
	public PortalHttp signedInAs(String username, String password) throws Exception {
		HttpResponse<byte[]> login = anonymous().get("/login");
		PortalHttp withSession = new PortalHttp(this.port, this.https, sessionCookie(login), this.language);
		HttpResponse<byte[]> signedIn = withSession.post("/login", withSession.csrf(login), "username", username,
				"password", password);
		if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("could not sign in as " + username + ": " + signedIn.statusCode());
		}
		String renewed = sessionCookie(signedIn);
		return new PortalHttp(this.port, this.https, (renewed != null) ? renewed : withSession.session, this.language);
	}

	public HttpResponse<byte[]> get(String path, String... headers) throws Exception {
		return send(request(path, headers).GET());
	}

	public HttpResponse<byte[]> send(String method, String path, String... headers) throws Exception {
		return send(request(path, headers).method(method, HttpRequest.BodyPublishers.noBody()));
	}

	/** A form POST with the CSRF token of a page of this session and the given name/value pairs. */
	public HttpResponse<byte[]> post(String path, String csrf, String... fields) throws Exception {
		List<String> pairs = new ArrayList<>();
		if (csrf != null) {
			pairs.add("_csrf=" + encode(csrf));
		}
		for (int i = 0; i < fields.length; i += 2) {
			pairs.add(encode(fields[i]) + "=" + encode(fields[i + 1]));
		}
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))));
	}

	/** A file upload form's POST: the CSRF token, text fields and one file named {@code file}. */
	public HttpResponse<byte[]> upload(String path, String csrf, String fileName, byte[] content,
			Map<String, String> fields) throws Exception {
		String boundary = "----ita" + UUID.randomUUID().toString().replace("-", "");
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", csrf);
		for (Map.Entry<String, String> field : all.entrySet()) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
					+ "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** The CSRF token of the first form on a page. */
	public String csrf(HttpResponse<byte[]> page) {
		return Jsoup.parse(text(page)).select("input[name=_csrf]").val();
	}

	public static String text(HttpResponse<byte[]> response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
		if (headers.length > 0) {
			request.headers(headers);
		}
		if (this.https) {
			request.header("X-Forwarded-Proto", "https");
		}
		List<String> cookies = new ArrayList<>();
		if (this.session != null) {
			cookies.add("JSESSIONID=" + this.session);
		}
		if (this.language != null) {
			cookies.add("ita-lang=" + this.language);
		}
		if (!cookies.isEmpty()) {
			request.header("Cookie", String.join("; ", cookies));
		}
		return request;
	}

	private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String sessionCookie(HttpResponse<?> response) {
		for (String cookie : response.headers().allValues("Set-Cookie")) {
			if (cookie.startsWith("JSESSIONID=")) {
				return cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
			}
		}
		return null;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
