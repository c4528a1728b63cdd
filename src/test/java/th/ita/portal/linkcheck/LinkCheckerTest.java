package th.ita.portal.linkcheck;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The link checker: what it refuses to fetch, and what it makes of the answers of a real local web site. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkCheckerTest {

	static final LinkCheckSettings SETTINGS = new LinkCheckSettings(false, "-", 2, Duration.ZERO,
			Duration.ofSeconds(1), Duration.ofSeconds(2), false, Set.of());

	final AtomicInteger lookups = new AtomicInteger();

	/** The system's resolver, except test names: rebind.test answers a public and a loopback address. */
	final GuardedResolver.Names names = host -> {
		this.lookups.incrementAndGet();
		if (host.equals("rebind.test")) {
			return new InetAddress[] { InetAddress.getByName("93.184.216.34"), InetAddress.getByName("127.0.0.1") };
		}
		if (host.equals("inside.test")) {
			return new InetAddress[] { InetAddress.getByName("192.168.1.10") };
		}
		if (host.equals("slow-dns.test")) {
			try {
				Thread.sleep(30_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			throw new UnknownHostException(host);
		}
		if (host.endsWith(".test")) {
			throw new UnknownHostException(host);
		}
		return InetAddress.getAllByName(host);
	};

	TestSites site;

	/** No allowance: what production runs. */
	LinkChecker strict;

	/** Allowed to fetch 127.0.0.1 on the test site's port only. */
	LinkChecker allowed;

	@BeforeAll
	void start() throws Exception {
		this.site = new TestSites();
		this.strict = new LinkChecker(SETTINGS, this.names, Set.of(), Clock.systemUTC());
		this.allowed = new LinkChecker(SETTINGS, this.names, Set.of(this.site.port()), Clock.systemUTC());
	}

	@AfterAll
	void stop() throws Exception {
		this.strict.close();
		this.allowed.close();
		this.site.close();
	}

	@Nested
	class RefusedAddresses {

		@ParameterizedTest
		@ValueSource(strings = { "http://127.0.0.1/", "https://127.0.0.1/", "http://10.0.0.1/",
				"http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://localhost/", "http://0.0.0.0/",
				"http://172.16.5.4/", "http://192.168.0.1/", "http://100.64.0.1/", "http://[fd00:ec2::254]/",
				"http://[fe80::1]/", "http://[::ffff:127.0.0.1]/", "http://224.0.0.1/",
				"http://2130706433/", "http://rebind.test/", "http://inside.test/" })
		void whenTheAddressIsInternalThenRefusedUnsafeAndNothingIsFetched(String url) {
			int before = LinkCheckerTest.this.site.requests;
			LinkAnswer answer = LinkCheckerTest.this.strict.check(url);
			assertThat(answer.status()).as(url).isEqualTo(LinkStatus.REFUSED);
			assertThat(answer.reason()).as(url).isEqualTo(LinkReason.UNSAFE_ADDRESS);
			assertThat(answer.httpStatus()).isNull();
			assertThat(LinkCheckerTest.this.site.requests).isEqualTo(before);
		}

		@Test
		void whenTheTestSiteIsAskedWithoutTheAllowanceThenRefused() {
			int before = LinkCheckerTest.this.site.requests;
			String url = LinkCheckerTest.this.site.url("/page");
			assertThat(LinkCheckerTest.this.strict.check(url).reason()).isEqualTo(LinkReason.BAD_PORT);
			assertThat(LinkCheckerTest.this.site.requests).isEqualTo(before);
		}

		@Test
		void whenARedirectLeadsToLoopbackThenRefusedAtThatHop() {
			LinkAnswer answer = LinkCheckerTest.this.allowed.check(LinkCheckerTest.this.site.url("/to-loopback"));
			assertThat(answer.status()).isEqualTo(LinkStatus.REFUSED);
			assertThat(answer.reason()).isEqualTo(LinkReason.UNSAFE_ADDRESS);
			assertThat(answer.finalUrl()).isEqualTo("http://127.0.0.1/admin");
		}

		@Test
		void whenARedirectLeadsToTheMetadataAddressThenRefused() {
			LinkAnswer answer = LinkCheckerTest.this.allowed.check(LinkCheckerTest.this.site.url("/to-metadata"));
			assertThat(answer.reason()).isEqualTo(LinkReason.UNSAFE_ADDRESS);
		}

		@Test
		void whenARedirectLeadsToAFileThenRefusedBadScheme() {
			LinkAnswer answer = LinkCheckerTest.this.allowed.check(LinkCheckerTest.this.site.url("/to-file"));
			assertThat(answer.status()).isEqualTo(LinkStatus.REFUSED);
			assertThat(answer.reason()).isEqualTo(LinkReason.BAD_SCHEME);
		}

	}

	@Nested
	class HostileAddresses {

		@ParameterizedTest
		@ValueSource(strings = { "javascript:alert(1)", "file:///etc/passwd", "data:text/html,<script>x</script>",
				"ftp://example.go.th/a", "gopher://example.go.th/", "jar:http://example.go.th/a!/b", "//example.go.th/x" })
		void whenNotHttpThenRefusedBadSchemeWithoutALookup(String url) {
			assertRefusedWithoutLookup(url, LinkReason.BAD_SCHEME);
		}

		@Test
		void whenANameAndPasswordAreInTheAddressThenRefused() {
			assertRefusedWithoutLookup("http://user:secret@example.go.th/", LinkReason.USERINFO);
			assertRefusedWithoutLookup("https://example.go.th@127.0.0.1/", LinkReason.USERINFO);
		}

		@Test
		void whenThePortIsNot80Or443ThenRefused() {
			assertRefusedWithoutLookup("http://example.go.th:8080/", LinkReason.BAD_PORT);
			assertRefusedWithoutLookup("https://example.go.th:22/", LinkReason.BAD_PORT);
		}

		@Test
		void whenTooLongOrNotAnAddressThenRefused() {
			assertRefusedWithoutLookup("https://example.go.th/" + "a".repeat(2000), LinkReason.BAD_ADDRESS);
			assertRefusedWithoutLookup("http://", LinkReason.BAD_ADDRESS);
			assertRefusedWithoutLookup("http://127.1/", LinkReason.BAD_ADDRESS);
			assertRefusedWithoutLookup("   ", LinkReason.BAD_ADDRESS);
		}

		private void assertRefusedWithoutLookup(String url, LinkReason reason) {
			int before = LinkCheckerTest.this.lookups.get();
			LinkAnswer answer = LinkCheckerTest.this.strict.check(url);
			assertThat(answer.status()).as(url).isEqualTo(LinkStatus.REFUSED);
			assertThat(answer.reason()).as(url).isEqualTo(reason);
			assertThat(LinkCheckerTest.this.lookups.get()).as("names looked up").isEqualTo(before);
		}

	}

	@Nested
	class Answers {

		@Test
		void whenThePageIsThereThenOk() {
			LinkAnswer answer = LinkCheckerTest.this.allowed.check(LinkCheckerTest.this.site.url("/page"));
			assertThat(answer.status()).isEqualTo(LinkStatus.OK);
			assertThat(answer.reason()).isNull();
			assertThat(answer.httpStatus()).isEqualTo(200);
			assertThat(answer.contentType()).startsWith("text/html");
		}

		@Test
		void whenNotFoundThenBrokenNotFound() {
			LinkAnswer answer = LinkCheckerTest.this.allowed.check(LinkCheckerTest.this.site.url("/gone"));
			assertThat(answer.status()).isEqualTo(LinkStatus.BROKEN);
			assertThat(answer.reason()).isEqualTo(LinkReason.NOT_FOUND);
			assertThat(answer.httpStatus()).isEqualTo(404);
		}

		@Test
		void whenFiveRedirectsThenFollowedToTheFinalAddress() {
			LinkAnswer answer = LinkCheckerTest.this.allowed.check(LinkCheckerTest.this.site.url("/chain/4"));
			assertThat(answer.status()).isEqualTo(LinkStatus.OK);
			assertThat(answer.finalUrl()).isEqualTo(LinkCheckerTest.this.site.url("/page"));
		}

		@Test
		void whenSixRedirectsThenBrokenTooManyRedirects() {
			LinkAnswer answer = LinkCheckerTest.this.allowed.check(LinkCheckerTest.this.site.url("/chain/5"));
			assertThat(answer.status()).isEqualTo(LinkStatus.BROKEN);
			assertThat(answer.reason()).isEqualTo(LinkReason.TOO_MANY_REDIRECTS);
		}

		@Test
		void whenTheAnswerIsSlowerThanTheTimeoutThenBrokenTimeout() {
			LinkAnswer answer = LinkCheckerTest.this.allowed.check(LinkCheckerTest.this.site.url("/slow"));
			assertThat(answer.status()).isEqualTo(LinkStatus.BROKEN);
			assertThat(answer.reason()).isEqualTo(LinkReason.TIMEOUT);
		}

		@Test
		void whenTheNameTakesLongerThanTheTimeoutToResolveThenBrokenTimeout() {
			long started = System.nanoTime();
			LinkAnswer answer = LinkCheckerTest.this.strict.check("https://slow-dns.test/");
			assertThat(answer.status()).isEqualTo(LinkStatus.BROKEN);
			assertThat(answer.reason()).isEqualTo(LinkReason.TIMEOUT);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
		}

		@Test
		void whenTheNameDoesNotResolveThenBrokenUnknownHost() {
			assertThat(LinkCheckerTest.this.strict.check("https://missing.test/").reason())
				.isEqualTo(LinkReason.UNKNOWN_HOST);
		}

		@Test
		void whenASharedDriveAsksForSignInThenBrokenSignInPage() {
			LinkAnswer answer = LinkCheckerTest.this.allowed.check(LinkCheckerTest.this.site.url("/drive"));
			assertThat(answer.status()).isEqualTo(LinkStatus.BROKEN);
			assertThat(answer.reason()).isEqualTo(LinkReason.SIGN_IN_PAGE);
			assertThat(answer.finalUrl()).startsWith("https://accounts.google.com/");
		}

		@Test
		void whenThePageIsASignInFormOrForbiddenThenBrokenSignInPage() {
			assertThat(LinkCheckerTest.this.allowed.check(LinkCheckerTest.this.site.url("/signin-form")).reason())
				.isEqualTo(LinkReason.SIGN_IN_PAGE);
			assertThat(LinkCheckerTest.this.allowed.check(LinkCheckerTest.this.site.url("/forbidden")).reason())
				.isEqualTo(LinkReason.SIGN_IN_PAGE);
		}

		@Test
		void whenHeadIsRefusedThenGetDecides() {
			LinkAnswer answer = LinkCheckerTest.this.allowed.check(LinkCheckerTest.this.site.url("/no-head"));
			assertThat(answer.status()).isEqualTo(LinkStatus.OK);
			assertThat(answer.contentType()).isEqualTo("application/pdf");
		}

		@Test
		void whenAProofIsTakenThenTheBodyReadIsHashed() throws Exception {
			LinkAnswer answer = LinkCheckerTest.this.allowed.proof(LinkCheckerTest.this.site.url("/page"));
			byte[] page = TestSites.PAGE.getBytes(StandardCharsets.UTF_8);
			assertThat(answer.status()).isEqualTo(LinkStatus.OK);
			assertThat(answer.sizeBytes()).isEqualTo(page.length);
			assertThat(answer.sha256())
				.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(page)));
		}

		@Test
		void whenTheBodyIsLargeThenOnly64KilobytesAreRead() {
			LinkAnswer answer = LinkCheckerTest.this.allowed.proof(LinkCheckerTest.this.site.url("/big"));
			assertThat(answer.status()).isEqualTo(LinkStatus.OK);
			assertThat(answer.sizeBytes()).isEqualTo(64 * 1024);
		}

	}

	@Test
	void connectionsAreBoundedByTheConcurrency() {
		assertThat(this.strict.maxConnections()).isEqualTo(SETTINGS.concurrency());
	}

}
