package th.ita.portal.platform;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import th.ita.portal.support.PortalTest;
import th.ita.portal.support.SessionCookie;
import th.ita.portal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A fresh production install: demo off, no agency at all, so every host is one no agency claims.
 * The platform operator, made from ITA_PLATFORM_ADMIN_PASSWORD, signs in at such a host, adds the
 * first agency at its host and that agency's first admin, who signs in at the agency's host. An
 * agency's account never signs in at a host of no agency, and its session is refused there.
 */
@PortalTest
class FreshInstallTest {

	static final String NOWHERE = "setup.example.go.th";

	static final String OPERATOR_PASSWORD = "platform-operator-first-2569";

	@DynamicPropertySource
	static void freshProductionInstall(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("freshinstall"));
		registry.add("ita.demo", () -> "false");
		registry.add("ita.platform-admin.password", () -> OPERATOR_PASSWORD);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	MvcResult at(String host, SessionCookie session, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(session).with((r) -> {
			r.setServerName(host);
			return r;
		})).andDo(session).andReturn();
	}

	MvcResult signIn(String host, SessionCookie session, String username, String password) throws Exception {
		assertThat(at(host, session, get("/login")).getResponse().getStatus()).isEqualTo(200);
		return at(host, session,
				post("/login").param("username", username).param("password", password).with(csrf()));
	}

	@Test
	void theOperatorSetsUpTheFirstAgencyAtAHostOfNoAgency() throws Exception {
		assertThat(this.jdbc.queryForObject("select count(*) from agency", Long.class)).isZero();
		SessionCookie operator = new SessionCookie();
		assertThat(signIn(NOWHERE, operator, "platform.admin", OPERATOR_PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/platform/password");
		MvcResult own = at(NOWHERE, operator, post("/platform/password").param("currentPassword", OPERATOR_PASSWORD)
			.param("newPassword", "platform-operator-own-2569").param("confirmPassword", "platform-operator-own-2569")
			.with(csrf()));
		assertThat(own.getResponse().getRedirectedUrl()).isEqualTo("/platform/password");
		assertThat(at(NOWHERE, operator, get("/platform")).getResponse().getStatus()).isEqualTo(200);
		// A public page at that host is still the page that names no agency.
		assertThat(at(NOWHERE, new SessionCookie(), get("/")).getResponse().getStatus()).isEqualTo(404);

		MvcResult created = at(NOWHERE, operator,
				post("/platform/agencies").param("slug", "first").param("name", "หน่วยงานแรก")
					.param("district", "บางพลี").param("province", "สมุทรปราการ").param("host", "localhost")
					.with(csrf()));
		String agencyPage = created.getResponse().getRedirectedUrl();
		assertThat(agencyPage).as(created.getResponse().getContentAsString()).startsWith("/platform/agencies/");
		MvcResult admin = at(NOWHERE, operator, post(agencyPage + "/admin").param("username", "first.admin")
			.param("displayName", "ผู้ดูแลหน่วยงานแรก").with(csrf()));
		String oneTime = Jsoup.parse(admin.getResponse().getContentAsString()).select("#one-time-password").text();
		assertThat(oneTime).isNotBlank();

		SessionCookie staff = new SessionCookie();
		assertThat(signIn("localhost", staff, "first.admin", oneTime).getResponse().getRedirectedUrl())
			.isEqualTo("/staff/account/password");
		MvcResult changed = at("localhost", staff,
				post("/staff/account/password").param("currentPassword", oneTime)
					.param("newPassword", "first-admin-own-2569").param("confirmPassword", "first-admin-own-2569")
					.with(csrf()));
		assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/staff/account/password");
		// The staff dashboard of an agency with no year yet: where to open the first one.
		MvcResult dashboard = at("localhost", staff, get("/staff"));
		assertThat(dashboard.getResponse().getStatus()).isEqualTo(200);
		assertThat(dashboard.getResponse().getContentAsString()).contains("ผู้ดูแลหน่วยงานแรก")
			.contains("ยังไม่ได้เปิดปีงบประมาณ").contains("href=\"/staff/admin/years\"");

		// The agency's account: its session is refused at a host of no agency, and it cannot sign in there.
		String staffCookie = staff.value();
		MvcResult carried = at(NOWHERE, staff, get("/platform"));
		assertThat(carried.getResponse().getRedirectedUrl()).startsWith("/login");
		assertThat(this.mvc.perform(get("/staff").cookie(new Cookie(SessionCookie.NAME, staffCookie)))
			.andReturn().getResponse().getRedirectedUrl()).as("the refused session ended: its cookie no longer signs in")
			.startsWith("/login");
		assertThat(signIn(NOWHERE, new SessionCookie(), "first.admin", "first-admin-own-2569").getResponse()
			.getRedirectedUrl()).startsWith("/login?error");
		// The operator's session is good at the agency's host too, for /platform only.
		assertThat(at("localhost", operator, get("/platform")).getResponse().getStatus()).isEqualTo(200);
		assertThat(at("localhost", operator, get("/staff")).getResponse().getStatus()).isEqualTo(403);
	}

}
