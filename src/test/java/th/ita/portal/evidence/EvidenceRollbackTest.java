package th.ita.portal.evidence;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.DispatcherServlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A file is on disk if and only if its row is in the database. */
class EvidenceRollbackTest extends EvidenceTestBase {

	@Autowired
	EvidenceService service;

	@Autowired
	UploadLimitAdvice uploadLimit;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void whenTheRowCannotBeWrittenTheFileIsRemovedAgain() {
		var admin = admin();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		String tooLongForTheColumn = "ก".repeat(400);
		assertThatThrownBy(() -> this.service.addFile(2566, "o1", tooLongForTheColumn, "a.pdf",
				new ByteArrayInputStream(TestFiles.pdf())))
			.hasMessageContaining("evidence");
		assertThat(evidenceRows()).isZero();
		assertThat(storedFiles()).isEmpty();
	}

	@Test
	void aRefusedFileLeavesNoTemporaryFile() {
		var admin = admin();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, Set.of()));
		assertThatThrownBy(() -> this.service.addFile(2566, "o1", "", "x.pdf",
				new ByteArrayInputStream(TestFiles.shellScript())))
			.isInstanceOf(EvidenceRejectedException.class);
		assertThat(storedFiles()).isEmpty();
	}

	@Test
	void anUploadTheServerRefusedForItsSizeLeadsBackToThePageWithTheLimit() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("th"));
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/staff/2566/oit/o1/evidence/file");
		request.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, new FlashMap());
		ModelAndView answer = this.uploadLimit.tooLarge(request);
		assertThat(answer.getViewName()).isEqualTo("redirect:/staff/2566/oit/o1/evidence");
		assertThat((java.util.Map<String, Object>) RequestContextUtils.getOutputFlashMap(request)).containsEntry("uploadError", "20 เมกะไบต์");

		ModelAndView elsewhere = this.uploadLimit.tooLarge(new MockHttpServletRequest("POST", "/staff/other"));
		assertThat(elsewhere.getStatus().value()).isEqualTo(413);
	}

}
