package th.ita.portal.web;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import th.ita.portal.support.PortalTest;
import th.ita.portal.support.StaffUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A field in error says so to screen readers: it is {@code aria-invalid} and its
 * {@code aria-describedby} names the message that says what is wrong (and only ids that exist).
 * Groups of radio buttons or check boxes carry both on their fieldset. Nothing here is saved.
 */
@PortalTest
class FieldErrorsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffUsers staff;

	@Autowired
	JdbcTemplate jdbc;

	Document page(MockHttpServletRequestBuilder request, String username) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(csrf()).with(this.staff.as(username)))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	long userId(String username) {
		return this.jdbc.queryForObject("select id from users where username = ?", Long.class, username);
	}

	/** The field is invalid, and described by an error message with text; every id it names exists. */
	static void assertTiedToItsError(Document page, String selector) {
		Element field = page.selectFirst(selector);
		assertThat(field).as(selector).isNotNull();
		assertThat(field.attr("aria-invalid")).as("aria-invalid of " + selector).isEqualTo("true");
		List<String> ids = Arrays.stream(field.attr("aria-describedby").trim().split("\\s+"))
			.filter(id -> !id.isEmpty())
			.toList();
		assertThat(ids).as("aria-describedby of " + selector)
			.isNotEmpty()
			.allSatisfy(id -> assertThat(page.getElementById(id)).as("#" + id + " named by " + selector).isNotNull());
		List<Element> messages = ids.stream()
			.map(page::getElementById)
			.filter(Objects::nonNull)
			.filter(e -> e.hasClass("error") || e.hasClass("field-error"))
			.toList();
		assertThat(messages).as("error message of " + selector).isNotEmpty();
		assertThat(messages).allSatisfy(m -> assertThat(m.text()).isNotBlank());
	}

	/** Each link of the error summary leads to an element of the page. */
	static void assertSummaryLinksLead(Document page) {
		List<String> targets = page.select("#error-summary a[href^=#]").eachAttr("href");
		assertThat(targets).isNotEmpty()
			.allSatisfy(t -> assertThat(page.getElementById(t.substring(1))).as("target of " + t).isNotNull());
	}

	@Nested
	class OitItemForm {

		@Test
		void progressStatusAndUnitsInErrorAreDescribedByTheirMessages() throws Exception {
			long version = jdbc.queryForObject("select d.version from oit_disclosure d join oit_item i on i.id = d.item_id "
					+ "join framework f on f.id = i.framework_id where f.fiscal_year = 2566 and i.code = 'o3'", Long.class);
			Document page = page(post("/staff/2566/oit/o3").param("progress", "ก".repeat(20_001))
				.param("version", Long.toString(version)), "demo.palad");
			assertTiedToItsError(page, "#progress");
			assertTiedToItsError(page, "fieldset:has(input[name=status])");
			assertTiedToItsError(page, "fieldset:has(input[name=unitIds])");
			assertSummaryLinksLead(page);
		}

	}

	@Nested
	class MeasureAndPlanForms {

		@Test
		void aMissingUnitIsDescribedByItsMessage() throws Exception {
			Document measure = page(post("/staff/2566/measures/new").param("name", "มาตรการทดสอบ").param("status", "DONE"),
					"demo.palad");
			assertTiedToItsError(measure, "#unitId");
			assertThat(measure.select("#unitId").attr("aria-describedby")).contains("unitId-help");
			assertSummaryLinksLead(measure);

			Document plan = page(post("/staff/2566/plans/1").param("status", "DONE").param("version", "0"), "demo.palad");
			assertTiedToItsError(plan, "#unitId");
			assertSummaryLinksLead(plan);
		}

	}

	@Nested
	class Accounts {

		@Test
		void aBlankNameAndNoRoleAreDescribedByTheirMessages() throws Exception {
			Document page = page(post("/staff/admin/users/" + userId("demo.palad")).param("displayName", " ")
				.param("version", "0"), "demo.admin");
			assertTiedToItsError(page, "#displayName");
			assertTiedToItsError(page, "fieldset:has(input[name=roles])");
			assertThat(page.select("fieldset:has(input[name=roles])").attr("aria-describedby")).as("help kept")
				.contains("roles-help");
		}

		@Test
		void aShortPasswordSetByAnAdminIsDescribedByItsMessage() throws Exception {
			Document page = page(post("/staff/admin/users/" + userId("demo.klang") + "/password").param("password", "short")
				.param("version", "0"), "demo.admin");
			assertTiedToItsError(page, "#password");
		}

		@Test
		void aMissingCurrentPasswordAndAMismatchedConfirmationAreDescribedByTheirMessages() throws Exception {
			Document page = page(post("/staff/account/password").param("currentPassword", "")
				.param("newPassword", "a-new-password-1")
				.param("confirmPassword", "another-password-2"), "demo.palad");
			assertTiedToItsError(page, "#currentPassword");
			assertTiedToItsError(page, "#confirmPassword");
		}

	}

}
