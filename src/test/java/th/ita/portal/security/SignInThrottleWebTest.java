package th.ita.portal.security;

import java.time.Duration;
import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import th.ita.portal.support.SessionCookie;
import th.ita.portal.support.MutableClock;
import th.ita.portal.support.PortalTest;
import th.ita.portal.support.StaffUsers;
import th.ita.portal.user.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Password guessing through the real sign-in form: slowed, then refused, then allowed again. */
@PortalTest
class SignInThrottleWebTest {

	/** 2026-11-25 10:00 in Bangkok. */
	static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-25T03:00:00Z"));

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MutableClock testClock() {
			return CLOCK;
		}

	}

	static final String PASSWORD = "correct-horse-battery";

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffUsers staff;

	@Autowired
	JdbcTemplate jdbc;

	/** Tries to sign in and returns the sign-in page shown afterwards. */
	Document attempt(String username, String password, String address) throws Exception {
		SessionCookie session = new SessionCookie();
		this.mvc.perform(StaffUsers.signIn(username, password).with(StaffUsers.from(address)).with(session))
			.andDo(session)
			.andExpect(unauthenticated());
		return Jsoup.parse(this.mvc.perform(get("/login?error").with(session))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void repeatedFailuresSlowDownThenLockThenTheWindowPasses() throws Exception {
		String name = this.staff.create("guessed", PASSWORD, Role.EDITOR);
		for (int i = 0; i < 2; i++) {
			assertThat(attempt(name, "wrong-guess-" + i, "10.20.0.1").select("#signin-error").text())
				.startsWith("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง");
		}
		assertThat(attempt(name, "wrong-guess-3", "10.20.0.1").select("#signin-error").text())
			.isEqualTo("ลงชื่อเข้าใช้ไม่สำเร็จหลายครั้ง โปรดรอ 5 วินาทีแล้วจึงลองอีกครั้ง");
		// Too soon: refused even with the right password, from another address too.
		assertThat(attempt(name, PASSWORD, "10.20.0.2").select("#signin-error").text()).contains("โปรดรอ 5 วินาที");
		for (int wait = 5; wait <= 80; wait *= 2) {
			CLOCK.advance(Duration.ofSeconds(wait));
			attempt(name, "wrong-guess-" + wait, "10.20.0.1");
		}
		Document locked = attempt(name, PASSWORD, "10.20.0.3");
		assertThat(locked.select("#signin-error").text()).isEqualTo(
				"ลงชื่อเข้าใช้ไม่สำเร็จหลายครั้งเกินไป ระบบงดรับการลงชื่อเข้าใช้ชั่วคราว โปรดลองอีกครั้งหลังเวลา 10:17 น. (อีกประมาณ 15 นาที)");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_log where username = ? and action = 'SIGN_IN_FAILED' and subject = 'throttled'",
				Integer.class, name)).isEqualTo(2);
		CLOCK.advance(Duration.ofMinutes(15));
		this.mvc.perform(StaffUsers.signIn(name, PASSWORD).with(StaffUsers.from("10.20.0.1")))
			.andExpect(authenticated().withUsername(name));
	}

	@Test
	void lockedMessageInEnglish() throws Exception {
		String name = this.staff.create("english", PASSWORD, Role.EDITOR);
		for (int i = 0; i < 3; i++) {
			attempt(name, "wrong-guess", "10.21.0.1");
		}
		SessionCookie session = new SessionCookie();
		this.mvc.perform(StaffUsers.signIn(name, "wrong").with(StaffUsers.from("10.21.0.1")).with(session)).andDo(session);
		String text = Jsoup.parse(this.mvc
			.perform(get("/login?error").with(session).cookie(new jakarta.servlet.http.Cookie("ita-lang", "en")))
			.andReturn()
			.getResponse()
			.getContentAsString()).select("#signin-error").text();
		assertThat(text).isEqualTo("Several failed attempts. Please wait 5 seconds before trying again.");
	}

	@Test
	void oneAddressGuessingManyAccountsIsSlowedDown() throws Exception {
		for (int i = 0; i < 10; i++) {
			attempt("nobody" + i, "wrong-guess", "10.22.0.1");
		}
		String name = this.staff.create("innocent", PASSWORD, Role.EDITOR);
		assertThat(attempt(name, PASSWORD, "10.22.0.1").select("#signin-error").text()).contains("โปรดรอ");
		this.mvc.perform(StaffUsers.signIn(name, PASSWORD).with(StaffUsers.from("10.22.0.2")))
			.andExpect(authenticated());
	}

}
