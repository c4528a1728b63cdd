package th.ita.portal.linkcheck;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small web site on 127.0.0.1 (a free port) that the link checker's tests fetch through the
 * test-only {@link LoopbackAllowance}: pages, a 404, redirect chains, a slow page, sign-in pages.
 */
final class TestSites implements AutoCloseable {

	static final String PAGE = "<!DOCTYPE html><html><body><h1>รายงานผลการดำเนินงาน</h1></body></html>";

	private final HttpServer server;

	private final ExecutorService threads = Executors.newFixedThreadPool(4);

	volatile int requests;

	TestSites() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
		this.server.setExecutor(this.threads);
		handle("/page", ex -> send(ex, 200, "text/html; charset=utf-8", PAGE));
		handle("/report.pdf", ex -> send(ex, 200, "application/pdf", "%PDF-1.4 sample"));
		handle("/gone", ex -> send(ex, 404, "text/html", "<p>not found</p>"));
		handle("/chain/", ex -> {
			int left = Integer.parseInt(ex.getRequestURI().getPath().substring("/chain/".length()));
			redirect(ex, left == 0 ? "/page" : "/chain/" + (left - 1));
		});
		handle("/slow", ex -> {
			sleep(3000);
			send(ex, 200, "text/plain", "late");
		});
		handle("/drive", ex -> redirect(ex, "https://accounts.google.com/ServiceLogin?continue=https://drive.google.com/file/d/1"));
		handle("/signin-form", ex -> send(ex, 200, "text/html",
				"<html><body><form method=post action=\"/login\"><input type=\"password\" name=\"p\"></form></body></html>"));
		handle("/forbidden", ex -> send(ex, 403, "text/html", "<p>ask for access</p>"));
		handle("/no-head", ex -> {
			if ("HEAD".equals(ex.getRequestMethod())) {
				send(ex, 405, "text/plain", "");
			}
			else {
				send(ex, 200, "application/pdf", "%PDF-1.4 only for GET");
			}
		});
		handle("/big", ex -> send(ex, 200, "application/octet-stream", "x".repeat(200_000)));
		handle("/to-loopback", ex -> redirect(ex, "http://127.0.0.1/admin"));
		handle("/to-metadata", ex -> redirect(ex, "http://169.254.169.254/latest/meta-data/"));
		handle("/to-file", ex -> redirect(ex, "file:///etc/passwd"));
		this.server.start();
	}

	int port() {
		return this.server.getAddress().getPort();
	}

	String url(String path) {
		return "http://127.0.0.1:" + port() + path;
	}

	private void handle(String path, Handler handler) {
		this.server.createContext(path, ex -> {
			this.requests++;
			try (ex) {
				handler.handle(ex);
			}
		});
	}

	private static void redirect(HttpExchange ex, String location) throws IOException {
		ex.getResponseHeaders().set("Location", location);
		ex.sendResponseHeaders(302, -1);
	}

	private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		ex.getResponseHeaders().set("Content-Type", type);
		if ("HEAD".equals(ex.getRequestMethod())) {
			ex.getResponseHeaders().set("Content-Length", String.valueOf(bytes.length));
			ex.sendResponseHeaders(status, -1);
			return;
		}
		ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
		try (OutputStream out = ex.getResponseBody()) {
			out.write(bytes);
		}
		catch (IOException ex2) {
			// the checker stops reading after its limit
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.threads.shutdownNow();
	}

	interface Handler {

		void handle(HttpExchange exchange) throws IOException;

	}

}
