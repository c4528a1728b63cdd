package th.ita.portal.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, for what Java's HTTP client will not send: a forged {@code Host},
 * a request from another loopback address (127.0.0.5 is on the loopback interface too, so the
 * server sees a different peer), a multipart body without its boundary or cut short. One request
 * per connection ({@code Connection: close}); redirects are not followed.
 */
public final class RawHttp {

	private final String host;

	private final int port;

	private final String from;

	private RawHttp(String host, int port, String from) {
		this.host = host;
		this.port = port;
		this.from = from;
	}

	/** Requests to 127.0.0.1:port, from 127.0.0.1. */
	public static RawHttp to(int port) {
		return new RawHttp("127.0.0.1", port, null);
	}

	/** Requests to the given address (e.g. {@code ::1}) and port. */
	public static RawHttp to(String host, int port) {
		return new RawHttp(host, port, null);
	}

	/** The same requests, sent from another local address (the server sees it as the peer). */
	public RawHttp from(String localAddress) {
		return new RawHttp(this.host, this.port, localAddress);
	}

	/** What a browser would send as Host for this server. */
	public String hostHeader() {
		return (this.host.contains(":") ? "[" + this.host + "]" : this.host) + ":" + this.port;
	}

	public Answer get(String path, String... headers) throws IOException {
		return send("GET", path, null, headers);
	}

	/**
	 * Sends a request. Headers are name/value pairs; a {@code Host} among them replaces the real one,
	 * and a body gets its Content-Length unless one is given.
	 */
	public Answer send(String method, String path, byte[] body, String... headers) throws IOException {
		Map<String, String> all = new LinkedHashMap<>();
		all.put("Host", hostHeader());
		all.put("Accept", "text/html");
		all.put("Connection", "close");
		for (int i = 0; i < headers.length; i += 2) {
			all.remove(existingName(all, headers[i]));
			all.put(headers[i], headers[i + 1]);
		}
		if (body != null && existingName(all, "Content-Length") == null) {
			all.put("Content-Length", Integer.toString(body.length));
		}
		StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
		all.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
		head.append("\r\n");
		try (Socket socket = new Socket()) {
			if (this.from != null) {
				socket.bind(new InetSocketAddress(InetAddress.getByName(this.from), 0));
			}
			socket.setSoTimeout(30_000);
			socket.connect(new InetSocketAddress(InetAddress.getByName(this.host), this.port), 10_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.UTF_8));
			if (body != null) {
				out.write(body);
			}
			out.flush();
			socket.shutdownOutput();
			return Answer.read(socket.getInputStream());
		}
	}

	private static String existingName(Map<String, String> headers, String name) {
		return headers.keySet().stream().filter(name::equalsIgnoreCase).findFirst().orElse(null);
	}

	/** A response: status, headers (names in lower case) and the body, de-chunked. */
	public record Answer(int status, Map<String, List<String>> headers, byte[] body) {

		public Optional<String> header(String name) {
			List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
			return (values == null || values.isEmpty()) ? Optional.empty() : Optional.of(values.get(0));
		}

		public List<String> headers(String name) {
			return this.headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
		}

		public String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		static Answer read(InputStream in) throws IOException {
			byte[] all = in.readAllBytes();
			int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
			if (end < 0) {
				throw new IOException("no complete response head: " + new String(all, StandardCharsets.ISO_8859_1));
			}
			String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
			int status = Integer.parseInt(lines[0].split(" ")[1]);
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
						(name) -> new ArrayList<>())
					.add(lines[i].substring(colon + 1).trim());
			}
			byte[] body = Arrays.copyOfRange(all, end + 4, all.length);
			List<String> encoding = headers.getOrDefault("transfer-encoding", List.of());
			if (encoding.stream().anyMatch((value) -> value.equalsIgnoreCase("chunked"))) {
				body = dechunk(body);
			}
			return new Answer(status, headers, body);
		}

		private static byte[] dechunk(byte[] chunked) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			int at = 0;
			while (at < chunked.length) {
				int lineEnd = indexOf(chunked, "\r\n".getBytes(StandardCharsets.US_ASCII), at);
				String size = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim();
				int length = Integer.parseInt(size, 16);
				if (length == 0) {
					break;
				}
				out.write(chunked, lineEnd + 2, length);
				at = lineEnd + 2 + length + 2;
			}
			return out.toByteArray();
		}

		private static int indexOf(byte[] data, byte[] pattern, int from) {
			outer: for (int i = from; i <= data.length - pattern.length; i++) {
				for (int j = 0; j < pattern.length; j++) {
					if (data[i + j] != pattern[j]) {
						continue outer;
					}
				}
				return i;
			}
			return -1;
		}

	}

}
