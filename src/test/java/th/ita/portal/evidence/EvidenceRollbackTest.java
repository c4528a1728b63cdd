package th.ita.portal.evidence;

import java.io.ByteArrayInputStream;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A file is on disk if and only if its row is in the database. */
class EvidenceRollbackTest extends EvidenceTestBase {

	@Autowired
	EvidenceUploads service;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
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

}
