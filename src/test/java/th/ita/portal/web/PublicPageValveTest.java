package th.ita.portal.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.Filter;
import org.apache.coyote.http11.Http11Nio2Protocol;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.ita.portal.report.ReportPublished;
import th.ita.portal.support.TestDatabase;
import th.ita.portal.user.DemoAccounts;
import th.ita.portal.web.cache.PublicPageCache;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a real Tomcat, a cached public page is answered by the page cache's valve before any servlet
 * filter runs, with the same headers and bytes as its first rendering; gzip readers get bytes
 * compressed once; and a publish shows on the very next request.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(PublicPageValveTest.FilterCount.class)
class PublicPageValveTest {

	static final String[] PAGES = { "/", "/ita/2566", "/ita/2566/oit", "/ita/2566/oit/o12", "/ita/2566/measures" };

	/** Counts the requests that reach the servlet filters at all (it runs first of them). */
	@TestConfiguration(proxyBeanMethods = false)
	static class FilterCount {

		static final AtomicInteger REQUESTS = new AtomicInteger();

		@Bean
		FilterRegistrationBean<Filter> countingFilter() {
			FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
				REQUESTS.incrementAndGet();
				chain.doFilter(request, response);
			});
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			return registration;
		}

		static final AtomicInteger RENDERS = new AtomicInteger();

		static volatile boolean slowRendering;

		/** Counts the requests that get as far as being rendered; slows them down on request. */
		@Bean
		FilterRegistrationBean<Filter> renderingFilter() {
			FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
				RENDERS.incrementAndGet();
				if (slowRendering) {
					try {
						Thread.sleep(400);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				}
				chain.doFilter(request, response);
			});
			registration.setOrder(Ordered.LOWEST_PRECEDENCE);
			return registration;
		}

	}

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("valve"));
	}

	@LocalServerPort
	int port;

	@Autowired
	PublicPageCache cache;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	DemoAccounts demoAccounts;

	@Autowired
	ServletWebServerApplicationContext context;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void emptyCache() {
		this.cache.clear();
	}

	HttpResponse<byte[]> fetch(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	static String text(HttpResponse<byte[]> response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	static List<String> headersOfThePage(HttpHeaders headers) {
		return headers.map()
			.entrySet()
			.stream()
			.filter((header) -> !List.of("date", "content-length", "keep-alive", "connection").contains(header.getKey()))
			.map((header) -> header.getKey() + ": " + String.join(",", header.getValue()).toLowerCase().replace(" ", ""))
			.sorted()
			.toList();
	}

	@Test
	void aCachedPageIsAnsweredBeforeAnyFilterWithTheSameHeadersAndBytes() throws Exception {
		for (String page : PAGES) {
			int before = FilterCount.REQUESTS.get();
			HttpResponse<byte[]> rendered = fetch(page);
			assertThat(FilterCount.REQUESTS.get()).as(page + " first: rendered by the application").isEqualTo(before + 1);
			HttpResponse<byte[]> cached = fetch(page);
			HttpResponse<byte[]> again = fetch(page);
			assertThat(FilterCount.REQUESTS.get()).as(page + " then: answered by the valve").isEqualTo(before + 1);
			assertThat(cached.statusCode()).isEqualTo(200);
			assertThat(cached.body()).as(page).isEqualTo(rendered.body()).isEqualTo(again.body());
			assertThat(headersOfThePage(cached.headers())).as(page).isEqualTo(headersOfThePage(rendered.headers()));
			assertThat(cached.headers().firstValue("Content-Security-Policy")).get().asString()
				.contains("object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'");
			assertThat(cached.headers().firstValue("Content-Length")).hasValue(Integer.toString(rendered.body().length));
			assertThat(cached.headers().map()).doesNotContainKey("set-cookie");
		}
	}

	@Test
	void gzipReadersGetTheSamePageCompressedOnceWithItsOwnETag() throws Exception {
		String plain = text(fetch("/ita/2566/oit"));
		this.cache.clear();
		int renders = FilterCount.RENDERS.get();
		HttpResponse<byte[]> rendered = fetch("/ita/2566/oit", "Accept-Encoding", "gzip, deflate, br");
		assertThat(FilterCount.RENDERS.get()).as("the gzip reader's page is its first rendering").isEqualTo(renders + 1);
		int before = FilterCount.REQUESTS.get();
		HttpResponse<byte[]> cached = fetch("/ita/2566/oit", "Accept-Encoding", "gzip, deflate, br");
		assertThat(FilterCount.REQUESTS.get()).isEqualTo(before);
		for (HttpResponse<byte[]> response : List.of(rendered, cached)) {
			assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
			assertThat(response.headers().firstValue("Vary").orElseThrow().toLowerCase()).contains("cookie", "accept-encoding");
			assertThat(gunzip(response.body())).isEqualTo(plain);
		}
		assertThat(cached.body().length).isLessThan(plain.length() / 4);
		// Each encoding is its own representation, with its own strong ETag.
		String etag = cached.headers().firstValue("ETag").orElseThrow();
		String plainEtag = fetch("/ita/2566/oit").headers().firstValue("ETag").orElseThrow();
		assertThat(etag).matches("\"[^\"]+-gzip\"");
		assertThat(plainEtag).matches("\"[^\"]+\"").isNotEqualTo(etag);
		assertThat(rendered.headers().firstValue("ETag")).hasValue(etag);
		HttpResponse<byte[]> notModified = fetch("/ita/2566/oit", "Accept-Encoding", "gzip", "If-None-Match", etag);
		assertThat(notModified.statusCode()).isEqualTo(304);
		assertThat(notModified.body()).isEmpty();
		assertThat(notModified.headers().firstValue("ETag")).hasValue(etag);
		assertThat(fetch("/ita/2566/oit", "If-None-Match", plainEtag).statusCode()).isEqualTo(304);
		assertThat(fetch("/ita/2566/oit", "If-None-Match", etag).statusCode()).as("gzip's ETag for the plain page")
			.isEqualTo(200);
		// A reader who still holds the application's weak ETag: If-None-Match compares weakly, so the
		// plain copy matches it; the gzip copy is another representation and is sent once more.
		assertThat(fetch("/ita/2566/oit", "If-None-Match", "W/" + plainEtag).statusCode()).isEqualTo(304);
		assertThat(fetch("/ita/2566/oit", "Accept-Encoding", "gzip", "If-None-Match", "W/" + plainEtag).statusCode())
			.isEqualTo(200);
		assertThat(fetch("/ita/2566/oit", "Accept-Encoding", "gzip;q=0, identity").headers().map())
			.doesNotContainKey("content-encoding");
	}

	/**
	 * Tomcat's compression would parse the page's {@code Vary} and write it anew on every answer
	 * (as "cookie,accept-encoding"); a strong ETag makes it leave the kept page alone.
	 */
	@Test
	void tomcatsCompressionLeavesAKeptPageAlone() throws Exception {
		for (String page : PAGES) {
			fetch(page);
			HttpResponse<byte[]> cached = fetch(page);
			assertThat(cached.headers().allValues("Vary")).as(page).containsExactly("Cookie, Accept-Encoding");
			assertThat(cached.headers().map()).as(page).doesNotContainKey("content-encoding");
		}
	}

	/**
	 * The first rendering of a page can be a conditional request (the first reader after a
	 * publish): it answers with the kept page's ETag, not the application's weak one.
	 */
	@Test
	void aConditionalFirstRenderingCarriesTheKeptPagesETag() throws Exception {
		String path = "/ita/2566/measures";
		String gzipEtag = fetch(path, "Accept-Encoding", "gzip").headers().firstValue("ETag").orElseThrow();
		String plainEtag = fetch(path).headers().firstValue("ETag").orElseThrow();
		String lastModified = fetch(path).headers().firstValue("Last-Modified").orElseThrow();

		this.cache.clear();
		int renders = FilterCount.RENDERS.get();
		HttpResponse<byte[]> notModified = fetch(path, "Accept-Encoding", "gzip", "If-None-Match", gzipEtag);
		assertThat(FilterCount.RENDERS.get()).isEqualTo(renders + 1);
		assertThat(notModified.statusCode()).isEqualTo(304);
		assertThat(notModified.headers().allValues("ETag")).containsExactly(gzipEtag);

		this.cache.clear();
		HttpResponse<byte[]> stale = fetch(path, "Accept-Encoding", "gzip", "If-None-Match", "\"stale\"");
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.headers().allValues("ETag")).containsExactly(gzipEtag);

		this.cache.clear();
		HttpResponse<byte[]> modified = fetch(path, "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT");
		assertThat(modified.statusCode()).isEqualTo(200);
		assertThat(modified.headers().allValues("ETag")).containsExactly(plainEtag);
		assertThat(modified.headers().allValues("Last-Modified")).containsExactly(lastModified);
		assertThat(modified.headers().allValues("Vary")).containsExactly("Cookie, Accept-Encoding");
	}

	/** A page's bytes depend on whether the demo banner shows, so its ETag does too. */
	@Test
	void theDemoBannerIsPartOfTheETag() throws Exception {
		String path = "/ita/2566/oit";
		HttpResponse<byte[]> withBanner = fetch(path);
		String etag = withBanner.headers().firstValue("ETag").orElseThrow();
		try {
			this.jdbc.update("update users set enabled = false where username like 'demo.%'");
			this.demoAccounts.refresh();
			HttpResponse<byte[]> without = fetch(path, "If-None-Match", etag);
			assertThat(without.statusCode()).isEqualTo(200);
			assertThat(without.body()).isNotEqualTo(withBanner.body());
			assertThat(without.headers().firstValue("ETag")).get().isNotEqualTo(etag);
		}
		finally {
			this.jdbc.update("update users set enabled = true where username like 'demo.%'");
			this.demoAccounts.refresh();
		}
		assertThat(fetch(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
	}

	/** A HEAD of a kept page is answered by the valve with the headers a GET gets, and no body. */
	@Test
	void aHeadGetsTheKeptPagesHeaders() throws Exception {
		for (String page : PAGES) {
			HttpResponse<byte[]> get = fetch(page);
			int before = FilterCount.REQUESTS.get();
			HttpResponse<byte[]> head = this.http.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + page))
						.method("HEAD", HttpRequest.BodyPublishers.noBody())
						.build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(FilterCount.REQUESTS.get()).as(page).isEqualTo(before);
			assertThat(head.statusCode()).isEqualTo(200);
			assertThat(head.body()).isEmpty();
			assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
			assertThat(head.headers().firstValue("Content-Length")).hasValue(Integer.toString(get.body().length));
		}
	}

	@Test
	void aPublishShowsOnTheVeryNextRequest() throws Exception {
		assertThat(text(fetch("/ita/2566/oit/o7"))).doesNotContain("ข้อความที่เพิ่งเผยแพร่");
		fetch("/ita/2566/oit/o7");
		this.jdbc.update("""
				update oit_disclosure_pub p set progress = '<p>ข้อความที่เพิ่งเผยแพร่</p>'
				from oit_item i where i.id = p.item_id and i.code = 'o7'""");
		Long reportId = this.jdbc.queryForObject("select report_id from oit_disclosure_pub p join oit_item i on i.id = p.item_id where i.code = 'o7'", Long.class);
		Long agencyId = this.jdbc.queryForObject("select agency_id from report where id = ?", Long.class, reportId);
		this.events.publishEvent(new ReportPublished(reportId, agencyId, Instant.now()));
		assertThat(text(fetch("/ita/2566/oit/o7"))).contains("ข้อความที่เพิ่งเผยแพร่");
	}

	@Test
	void readersWhoMissAtOnceWaitForOneRendering() throws Exception {
		FilterCount.slowRendering = true;
		try {
			int before = FilterCount.RENDERS.get();
			List<CompletableFuture<HttpResponse<byte[]>>> readers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				readers.add(this.http.sendAsync(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/ita/2566/measures")).build(),
						HttpResponse.BodyHandlers.ofByteArray()));
			}
			List<String> bodies = new ArrayList<>();
			for (CompletableFuture<HttpResponse<byte[]>> reader : readers) {
				HttpResponse<byte[]> response = reader.get(30, TimeUnit.SECONDS);
				assertThat(response.statusCode()).isEqualTo(200);
				bodies.add(text(response));
			}
			assertThat(FilterCount.RENDERS.get()).isEqualTo(before + 1);
			assertThat(bodies).allMatch((body) -> body.equals(bodies.get(0)) && body.contains("</html>"));
		}
		finally {
			FilterCount.slowRendering = false;
		}
	}

	@Test
	void signedInReadersAndQueriesAlwaysReachTheApplication() throws Exception {
		fetch("/ita/2566/oit");
		int before = FilterCount.REQUESTS.get();
		fetch("/ita/2566/oit", "Cookie", "JSESSIONID=abc");
		fetch("/ita/2566/oit?lang=en");
		assertThat(FilterCount.REQUESTS.get()).isEqualTo(before + 2);
	}

	@Test
	void eachLanguageIsCachedApart() throws Exception {
		fetch("/ita/2566/oit");
		fetch("/ita/2566/oit", "Cookie", "ita-lang=en");
		assertThat(text(fetch("/ita/2566/oit", "Cookie", "ita-lang=en"))).contains("lang=\"en\"");
		assertThat(text(fetch("/ita/2566/oit"))).contains("lang=\"th\"");
		int before = FilterCount.REQUESTS.get();
		assertThat(text(fetch("/ita/2566/oit", "Cookie", "ita-lang=fr"))).contains("lang=\"th\"");
		assertThat(text(fetch("/ita/2566/oit", "Cookie", "ita-lang=en-US"))).contains("lang=\"en\"");
		assertThat(FilterCount.REQUESTS.get()).as("unusual language cookies are left to the application")
			.isEqualTo(before + 2);
	}

	@Test
	void aWholePageLeavesInOneWrite() {
		TomcatWebServer server = (TomcatWebServer) this.context.getWebServer();
		assertThat(server.getTomcat().getConnector().getProperty("socket.appWriteBufSize"))
			.isEqualTo(Integer.toString(TomcatConfig.WRITE_BUFFER_BYTES));
		assertThat(server.getTomcat().getConnector().getProtocolHandler()).isInstanceOf(Http11Nio2Protocol.class);
	}

	static String gunzip(byte[] bytes) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
