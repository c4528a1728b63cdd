package th.ita.portal.web;

import java.time.Instant;

import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import th.ita.portal.report.ReportPublished;
import th.ita.portal.support.PortalTest;
import th.ita.portal.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** How the public pages behave over HTTP: missing records, caching, cookies and sessions. */
@PortalTest
class PublicHttpTest {

	static final String[] PUBLIC_PAGES = { "/", "/ita/2566", "/ita/2566/oit", "/ita/2566/oit/o1",
			"/ita/2566/oit/o43", "/ita/2566/measures" };

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcTemplate jdbc;

	long reportId() {
		return this.jdbc.queryForObject("select r.id from report r join framework f on f.id = r.framework_id "
				+ "where f.fiscal_year = 2566", Long.class);
	}

	long agencyId() {
		return this.jdbc.queryForObject("select agency_id from report where id = ?", Long.class, reportId());
	}

	@Nested
	class ConditionalGet {

		@ParameterizedTest
		@ValueSource(strings = { "/", "/ita/2566", "/ita/2566/oit", "/ita/2566/oit/o12", "/ita/2566/measures" })
		void matchingETagGets304WithNoBody(String url) throws Exception {
			MvcResult first = mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
			String etag = first.getResponse().getHeader("ETag");
			assertThat(etag).as(url).isNotBlank();
			assertThat(first.getResponse().getHeader("Cache-Control")).isEqualTo("no-cache");
			MvcResult second = mvc.perform(get(url).header("If-None-Match", etag)).andReturn();
			assertThat(second.getResponse().getStatus()).as(url).isEqualTo(304);
			assertThat(second.getResponse().getContentAsByteArray()).isEmpty();
		}

		@ParameterizedTest
		@ValueSource(strings = { "/ita/2566/oit", "/ita/2566/oit/o12" })
		void ifModifiedSinceGets304(String url) throws Exception {
			String lastModified = mvc.perform(get(url)).andReturn().getResponse().getHeader("Last-Modified");
			assertThat(lastModified).isNotBlank();
			mvc.perform(get(url).header("If-Modified-Since", lastModified)).andExpect(status().isNotModified());
		}

		@ParameterizedTest
		@ValueSource(strings = { "/ita/2566/oit", "/ita/2566/oit/o12" })
		void eachLanguageHasItsOwnETag(String url) throws Exception {
			String thai = mvc.perform(get(url)).andReturn().getResponse().getHeader("ETag");
			String english = mvc.perform(get(url).cookie(new jakarta.servlet.http.Cookie("ita-lang", "en")))
				.andReturn()
				.getResponse()
				.getHeader("ETag");
			assertThat(english).isNotEqualTo(thai);
			mvc.perform(get(url).header("If-None-Match", thai).cookie(new jakarta.servlet.http.Cookie("ita-lang", "en")))
				.andExpect(status().isOk());
		}

		/**
		 * A reader with a session cookie (staff) is never served from the page cache: the page is
		 * rendered for them, and their current copy still gets a 304 from it, without its body.
		 */
		@ParameterizedTest
		@ValueSource(strings = { "/", "/ita/2566", "/ita/2566/oit", "/ita/2566/oit/o12", "/ita/2566/measures" })
		void aReaderWithASessionCookieGets304FromTheRendering(String url) throws Exception {
			Cookie session = new Cookie("JSESSIONID", "staff-session");
			String etag = mvc.perform(get(url).cookie(session)).andExpect(status().isOk()).andReturn().getResponse()
				.getHeader("ETag");
			assertThat(etag).as(url).isNotBlank();
			MvcResult again = mvc.perform(get(url).cookie(session).header("If-None-Match", etag)).andReturn();
			assertThat(again.getResponse().getStatus()).as(url).isEqualTo(304);
			assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
		}

		/** A request with a query string is never served from the page cache; its 304 comes from the rendering. */
		@ParameterizedTest
		@ValueSource(strings = { "/ita/2566/oit?from=line", "/ita/2566/oit/o12?utm_source=nacc", "/?x=1" })
		void aRequestWithAQueryStringGets304FromTheRendering(String url) throws Exception {
			String etag = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
			assertThat(etag).as(url).isNotBlank();
			mvc.perform(get(url).header("If-None-Match", etag)).andExpect(status().isNotModified());
			String modified = mvc.perform(get(url)).andReturn().getResponse().getHeader("Last-Modified");
			mvc.perform(get(url).header("If-Modified-Since", modified)).andExpect(status().isNotModified());
		}

		/**
		 * After a publish that leaves a page as it was (as one of another year does), the page
		 * cache starts afresh: the first reader who asks whether their copy is current is told so
		 * (304) by the rendering itself, without the page being rendered, whichever ETag they hold
		 * (the kept page's, or the application's weak one sent with a query string) and whether
		 * they accept gzip or not.
		 */
		@ParameterizedTest
		@ValueSource(strings = { "/", "/ita/2566/oit", "/ita/2566/oit/o12", "/ita/2566/measures" })
		void theFirstReaderAfterAPublishGets304WithoutARendering(String url) throws Exception {
			String kept = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
			String weak = mvc.perform(get(url + "?from=line")).andReturn().getResponse().getHeader("ETag");
			StatementCounter statements = new StatementCounter(entityManagerFactory);
			for (String etag : new String[] { kept, weak }) {
				for (String encoding : new String[] { "identity", "gzip" }) {
					events.publishEvent(new ReportPublished(reportId(), agencyId(), Instant.now()));
					long cost = statements.count(() -> {
						MvcResult first = mvc.perform(get(url).header("If-None-Match", etag)
							.header("Accept-Encoding", encoding)).andReturn();
						assertThat(first.getResponse().getStatus()).as(url + " " + etag + " " + encoding).isEqualTo(304);
						assertThat(first.getResponse().getContentAsByteArray()).isEmpty();
					});
					assertThat(cost).as("the page is not rendered for a 304").isLessThanOrEqualTo(2);
				}
			}
		}

		@ParameterizedTest
		@ValueSource(strings = { "/ita/2566/oit/o12" })
		void staleETagGetsTheFullPage(String url) throws Exception {
			mvc.perform(get(url).header("If-None-Match", "\"something-old\"")).andExpect(status().isOk());
		}

	}

	@Nested
	class PageCache {

		@ParameterizedTest
		@ValueSource(strings = { "/", "/ita/2566/oit", "/ita/2566/oit/o1", "/ita/2566/measures" })
		void aPageServedFromTheCacheCarriesTheSameHeadersAndBytes(String url) throws Exception {
			MvcResult first = mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
			MvcResult second = mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
			for (String header : new String[] { "Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy",
					"X-Frame-Options", "ETag", "Last-Modified", "Cache-Control", "Vary", "Content-Language" }) {
				assertThat(second.getResponse().getHeader(header)).as(header).isNotNull()
					.isEqualTo(first.getResponse().getHeader(header));
			}
			assertThat(second.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
			assertThat(second.getResponse().getHeaders("Set-Cookie")).isEmpty();
		}

		@ParameterizedTest
		@ValueSource(strings = { "/ita/2566/oit" })
		void readersWithASessionAreNeverServedTheAnonymousCopy(String url) throws Exception {
			StatementCounter statements = new StatementCounter(entityManagerFactory);
			mvc.perform(get(url));
			assertThat(statements.count(() -> mvc.perform(get(url)))).as("anonymous, from the cache").isZero();
			assertThat(statements.count(() -> mvc.perform(get(url).cookie(new Cookie("JSESSIONID", "x")))))
				.as("with a session cookie, rendered").isPositive();
		}

	}

	@Nested
	class NoSessions {

		@ParameterizedTest
		@ValueSource(strings = { "/", "/ita/2566/oit", "/ita/2566/oit/o1", "/ita/2566/report.pdf" })
		void aStrayPostToAPublicPageIsRefusedWithoutStartingASession(String url) throws Exception {
			MvcResult result = mvc.perform(post(url))
				.andReturn();
			assertThat(result.getResponse().getStatus()).as(url).isEqualTo(405);
			assertThat(result.getResponse().getHeaders("Set-Cookie")).as(url).isEmpty();
			assertThat(result.getRequest().getSession(false)).as(url).isNull();
		}

		@ParameterizedTest
		@ValueSource(strings = { "/", "/ita/2566", "/ita/2566/oit", "/ita/2566/oit/o1", "/ita/2566/oit/o43",
				"/ita/2566/measures", "/ita/2599/oit", "/css/portal.css" })
		void publicPagesSetNoCookieAndStartNoSession(String url) throws Exception {
			MvcResult result = mvc.perform(get(url).accept(MediaType.TEXT_HTML)).andReturn();
			assertThat(result.getResponse().getHeaders("Set-Cookie")).as(url).isEmpty();
			assertThat(result.getResponse().getCookies()).as(url).isEmpty();
			assertThat(result.getRequest().getSession(false)).as(url).isNull();
		}

	}

}
