package th.ita.portal.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import th.ita.portal.support.PortalTest;
import th.ita.portal.support.Staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What every response tells the browser: a Content-Security-Policy that allows no inline script,
 * no plugins, no base URL and no framing; no sniffing; a referrer policy; HSTS over HTTPS only.
 * Error answers give nothing away. These run on MockMvc, without Tomcat; BrowserPoliciesHttpTest
 * checks the same on a real server, for every kind of answer, and that Actuator shows health alone.
 */
@PortalTest
class BrowserHeadersTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	MockHttpServletResponse fetch(String url) throws Exception {
		return this.mvc.perform(get(url).header("Accept", "text/html")).andReturn().getResponse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/ita/2566", "/ita/2566/oit", "/ita/2566/oit/o12", "/ita/2566/measures", "/login",
			"/ita/2566/oit/o99", "/ita/1999", "/no/such/page", "/css/portal.css", "/staff/2566", "/actuator/health",
			"/staff/exports/2566.pdf" })
	void everyAnswerCarriesTheBrowserPolicies(String url) throws Exception {
		MockHttpServletResponse response = fetch(url);
		String csp = response.getHeader("Content-Security-Policy");
		assertThat(csp).as(url).isNotNull().doesNotContain("unsafe-inline", "unsafe-eval", "*");
		assertThat(directive(csp, "script-src")).as(url).isEqualTo("script-src 'self'");
		assertThat(csp).contains("object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'");
		assertThat(response.getHeader("X-Content-Type-Options")).as(url).isEqualTo("nosniff");
		assertThat(response.getHeader("Referrer-Policy")).as(url).isEqualTo("strict-origin-when-cross-origin");
		assertThat(response.getHeader("X-Frame-Options")).as(url).isEqualTo("DENY");
		assertThat(response.getHeader("Strict-Transport-Security")).as("no HSTS over plain HTTP").isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/ita/2566/oit/o12", "/login" })
	void httpsAnswersSendHsts(String url) throws Exception {
		String hsts = this.mvc.perform(get(url).secure(true)).andReturn().getResponse().getHeader("Strict-Transport-Security");
		assertThat(hsts).as(url).startsWith("max-age=").contains("includeSubDomains");
		String proxied = this.mvc.perform(get(url).header("X-Forwarded-Proto", "https").secure(true))
			.andReturn()
			.getResponse()
			.getHeader("Strict-Transport-Security");
		assertThat(proxied).isNotNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/ita/2566/oit/o99", "/ita/2566/oit/o12/evidence/999999", "/staff/exports/2566.exe",
			"/ita/99999/oit", "/%2e%2e/etc/passwd" })
	void errorPagesRevealNoStackTraceVersionOrSql(String url) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get(url).header("Accept", "text/html").with(new Staff(this.jdbc).admin()))
			.andReturn()
			.getResponse();
		String body = response.getContentAsString();
		assertThat(body).doesNotContainIgnoringCase("exception")
			.doesNotContain("at th.ita", "at org.", "java.", "Tomcat", "Spring Boot", "Hibernate", "SQLState", "from oit_",
					"PostgreSQL", "Whitelabel");
		assertThat(response.getHeader("Server")).isNull();
		assertThat(response.getHeader("X-Powered-By")).isNull();
	}

	private static String directive(String csp, String name) {
		for (String part : csp.split(";")) {
			if (part.trim().startsWith(name + " ")) {
				return part.trim();
			}
		}
		return null;
	}

}
