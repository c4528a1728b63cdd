package th.ita.portal.web.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import th.ita.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages the cache keeps are the handlers marked {@link CachedPublicPage}, at the paths their
 * own mappings declare, matched as Spring MVC matches them, and nothing else.
 */
@PortalTest
class CachedPathsTest {

	@Autowired
	CachedPaths paths;

	@Test
	void thePathsAreTheMarkedHandlersMappings() {
		assertThat(this.paths.patterns()).containsExactlyInAnyOrder("/", "/ita/{year:\\d{4}}",
				"/ita/{year:\\d{4}}/oit", "/ita/{year:\\d{4}}/oit/{code:[oO]\\d{1,3}}", "/ita/{year:\\d{4}}/measures");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/ita/2566", "/ita/2566/oit", "/ita/2566/oit/o1", "/ita/2566/oit/o999",
			"/ita/2568/oit/O26", "/ita/2566/oit/O12",
			"/ita/2565/measures" })
	void aPublicPageIsKept(String path) {
		assertThat(this.paths.matches(path)).isTrue();
	}

	/**
	 * Not a page (staff, downloads, a malformed year or item code), or another
	 * spelling of one (a trailing slash, an escape, a path parameter), which the application answers.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "", "/ita", "/ita/2566/", "/ita/256", "/ita/25660", "/ita/2566/oit/x12",
			"/ita/2566/oit/o1000", "/ita/2566/oit/o12/evidence/1", "/ita/2566/report.pdf", "/staff/2566/oit",
			"/ita/%32566", "/ita/2566;jsessionid=abc", "//ita/2566", "/ita/2566/measures/", "/login" })
	void anythingElseIsNot(String path) {
		assertThat(this.paths.matches(path)).as(path).isFalse();
	}

}
