package th.ita.portal.web;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Takes the client's address, the scheme, host and port from {@code X-Forwarded-For},
 * {@code -Proto}, {@code -Host} and {@code -Port}, but only when the connection comes from one of
 * the {@link TrustedProxies}. From anyone else those headers are ignored (never refused), so a
 * visitor cannot choose the address the audit log records or the sign-in throttle counts, nor
 * pass for HTTPS.
 *
 * <p>X-Forwarded-For is read from the right: each address that is a trusted proxy is passed
 * over, and the first that is not is the client. Something that is no IP address (a host name,
 * "unknown", a port, markup) ends the walk, and the last trusted hop stands as the client. It
 * runs as an engine valve, before the page cache's valve, which keys pages by HTTPS.
 */
class TrustedProxyValve extends ValveBase {

	private static final Pattern HOST = Pattern.compile("([A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})|\\[[0-9A-Fa-f:.]+\\])(?::(\\d{1,5}))?");

	private final TrustedProxies proxies;

	TrustedProxyValve(TrustedProxies proxies) {
		super(true);
		this.proxies = proxies;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		if (!this.proxies.contains(request.getRemoteAddr())) {
			getNext().invoke(request, response);
			return;
		}
		String remoteAddr = request.getRemoteAddr();
		String remoteHost = request.getRemoteHost();
		boolean secure = request.isSecure();
		String scheme = request.getCoyoteRequest().scheme().toString();
		String serverName = request.getCoyoteRequest().serverName().toString();
		int serverPort = request.getServerPort();
		try {
			String client = client(values(request, "X-Forwarded-For"));
			if (client != null) {
				request.setRemoteAddr(client);
				request.setRemoteHost(client);
			}
			int port = forward(request);
			if (port > 0) {
				request.setServerPort(port);
			}
			getNext().invoke(request, response);
		}
		finally {
			request.setRemoteAddr(remoteAddr);
			request.setRemoteHost(remoteHost);
			request.setSecure(secure);
			request.getCoyoteRequest().scheme().setString(scheme);
			request.getCoyoteRequest().serverName().setString(serverName);
			request.setServerPort(serverPort);
		}
	}

	/** Applies the scheme and host; returns the port they imply (or X-Forwarded-Port names), or 0. */
	private static int forward(Request request) {
		int port = 0;
		List<String> protos = values(request, "X-Forwarded-Proto");
		if (!protos.isEmpty() && protos.stream().allMatch("https"::equalsIgnoreCase)) {
			request.setSecure(true);
			request.getCoyoteRequest().scheme().setString("https");
			port = 443;
		}
		else if (!protos.isEmpty() && protos.stream().allMatch("http"::equalsIgnoreCase)) {
			request.setSecure(false);
			request.getCoyoteRequest().scheme().setString("http");
			port = 80;
		}
		List<String> hosts = values(request, "X-Forwarded-Host");
		Matcher host = (hosts.size() == 1) ? HOST.matcher(hosts.get(0)) : null;
		if (host != null && host.matches()) {
			request.getCoyoteRequest().serverName().setString(host.group(1).toLowerCase(Locale.ROOT));
			port = (host.group(2) != null) ? validPort(host.group(2), port) : port;
		}
		List<String> ports = values(request, "X-Forwarded-Port");
		return (ports.size() == 1) ? validPort(ports.get(0), port) : port;
	}

	/** The client: the first address from the right that is no trusted proxy (or the last trusted one). */
	private String client(List<String> chain) {
		String client = null;
		for (int i = chain.size() - 1; i >= 0; i--) {
			InetAddress hop = TrustedProxies.literal(chain.get(i));
			if (hop == null) {
				break;
			}
			client = hop.getHostAddress();
			if (!this.proxies.contains(hop)) {
				break;
			}
		}
		return client;
	}

	/** Every comma-separated value of every header of that name, in order. */
	private static List<String> values(Request request, String name) {
		List<String> values = new ArrayList<>();
		for (String header : Collections.list(request.getHeaders(name))) {
			for (String value : header.split(",")) {
				if (!value.isBlank()) {
					values.add(value.trim());
				}
			}
		}
		return values;
	}

	private static int validPort(String text, int otherwise) {
		if (!text.matches("\\d{1,5}")) {
			return otherwise;
		}
		int port = Integer.parseInt(text);
		return (port >= 1 && port <= 65535) ? port : otherwise;
	}

}
