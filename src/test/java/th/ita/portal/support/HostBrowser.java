package th.ita.portal.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;

/**
 * A browser on a real Tomcat that sends a Host of its choice (which Java's HTTP client cannot) and
 * keeps its session cookie by hand, so that one cookie can be carried from one host to another.
 */
public final class HostBrowser {

	private final RawHttp http;

	private String cookie;

	private String csrf = "";

	public HostBrowser(int port) {
		this.http = RawHttp.to(port);
	}

	/** The session cookie ({@code JSESSIONID=...}), or null. */
	public String cookie() {
		return this.cookie;
	}

	public RawHttp.Answer get(String host, String path) throws Exception {
		RawHttp.Answer answer = (this.cookie == null) ? this.http.get(path, "Host", host)
				: this.http.get(path, "Host", host, "Cookie", this.cookie);
		keep(answer);
		return answer;
	}

	/** A form POST with the CSRF token of the last page fetched and the given name/value pairs. */
	public RawHttp.Answer post(String host, String path, String... fields) throws Exception {
		List<String> pairs = new ArrayList<>();
		pairs.add("_csrf=" + encode(this.csrf));
		for (int i = 0; i < fields.length; i += 2) {
			pairs.add(encode(fields[i]) + "=" + encode(fields[i + 1]));
		}
		byte[] body = String.join("&", pairs).getBytes(StandardCharsets.UTF_8);
		List<String> headers = new ArrayList<>(
				List.of("Host", host, "Content-Type", "application/x-www-form-urlencoded"));
		if (this.cookie != null) {
			headers.addAll(List.of("Cookie", this.cookie));
		}
		RawHttp.Answer answer = this.http.send("POST", path, body, headers.toArray(String[]::new));
		keep(answer);
		return answer;
	}

	/** Signs in with the form at a host; the answer is the redirect after the POST. */
	public RawHttp.Answer signIn(String host, String username, String password) throws Exception {
		get(host, "/login");
		return post(host, "/login", "username", username, "password", password);
	}

	private void keep(RawHttp.Answer answer) {
		for (String set : answer.headers("Set-Cookie")) {
			if (set.startsWith("JSESSIONID=")) {
				this.cookie = set.substring(0, set.indexOf(';'));
			}
		}
		String token = Jsoup.parse(answer.text()).select("input[name=_csrf]").val();
		if (!token.isEmpty()) {
			this.csrf = token;
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
