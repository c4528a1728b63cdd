package th.ita.portal.web.cache;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.ita.portal.web.cache.PublishGeneration.Stamp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generation per agency besides the global one: an agency's publish moves its own stamp only and
 * tells the stores which agency's entries to forget; a global one moves every agency's; a
 * rendering stamped before either is refused when it is to be kept.
 */
class PublishGenerationTest {

	final PublishGeneration generation = new PublishGeneration();

	final List<String> forgotten = new ArrayList<>();

	final PublicPageCache cache = new PublicPageCache(this.generation, null, 1_000_000);

	{
		this.generation.onAdvance(() -> this.forgotten.add("all"), (agency) -> this.forgotten.add("agency " + agency));
	}

	@Test
	void anAgencysAdvanceMovesOnlyItsStamp() {
		Stamp one = this.generation.current(1);
		Stamp two = this.generation.current(2);
		this.generation.advance(1);
		assertThat(this.generation.current(1)).isNotEqualTo(one);
		assertThat(this.generation.isCurrent(1, one)).isFalse();
		assertThat(this.generation.current(2)).isEqualTo(two);
		assertThat(this.generation.isCurrent(2, two)).isTrue();
		assertThat(this.generation.global()).isEqualTo(one.global());
		assertThat(this.forgotten).containsExactly("agency 1");
	}

	@Test
	void aGlobalAdvanceMovesEveryAgencysStamp() {
		this.generation.advance(1);
		Stamp one = this.generation.current(1);
		Stamp two = this.generation.current(2);
		this.generation.advance();
		assertThat(this.generation.isCurrent(1, one)).isFalse();
		assertThat(this.generation.isCurrent(2, two)).isFalse();
		assertThat(this.forgotten).containsExactly("agency 1", "all");
	}

	@Test
	void aRegainedTrustIsAGlobalAdvance() {
		Stamp one = this.generation.current(1);
		this.generation.trust(false);
		assertThat(this.generation.isCurrent(1, one)).isTrue();
		this.generation.trust(true);
		assertThat(this.generation.isCurrent(1, one)).isFalse();
	}

	@Test
	void theEventsAgencyChoosesWhatAdvances() {
		Stamp one = this.generation.current(1);
		Stamp two = this.generation.current(2);
		this.generation.published(new PublicContentChanged() {
			@Override
			public Long agencyId() {
				return 2L;
			}
		});
		assertThat(this.generation.isCurrent(1, one)).isTrue();
		assertThat(this.generation.isCurrent(2, two)).isFalse();
		this.generation.published(new PublicContentChanged() {
		});
		assertThat(this.generation.isCurrent(1, one)).isFalse();
	}

	/** The race rule per agency: what began rendering before its agency's publish is not kept after it. */
	@Test
	void aRenderingBegunBeforeItsAgencysPublishIsNotKept() {
		PageKey begunOne = new PageKey(1, this.generation.current(1), "th|/");
		PageKey begunTwo = new PageKey(2, this.generation.current(2), "th|/");
		this.generation.advance(1);
		this.cache.keep(begunOne, PageCacheBoundTest.page(1_000));
		this.cache.keep(begunTwo, PageCacheBoundTest.page(1_000));
		assertThat(this.cache.get(begunOne)).isNull();
		assertThat(this.cache.get(new PageKey(1, this.generation.current(1), "th|/"))).isNull();
		assertThat(this.cache.get(begunTwo)).as("agency 2's rendering is still current").isNotNull();
	}

	@Test
	void anAgencysAdvanceForgetsOnlyItsKeptPages() {
		this.cache.keep(new PageKey(1, this.generation.current(1), "th|/"), PageCacheBoundTest.page(1_000));
		this.cache.keep(new PageKey(2, this.generation.current(2), "th|/"), PageCacheBoundTest.page(1_000));
		this.generation.advance(2);
		assertThat(this.cache.size()).isEqualTo(1);
		assertThat(this.cache.get(new PageKey(1, this.generation.current(1), "th|/"))).isNotNull();
		this.generation.advance();
		assertThat(this.cache.size()).isZero();
	}

	@Test
	void aNotificationNamesItsAgencyOrNone() {
		assertThat(PublishNotifications.agencyOf("3f0c-instance agency=42")).isEqualTo(42L);
		assertThat(PublishNotifications.agencyOf("3f0c-instance agency=42 agencies")).isEqualTo(42L);
		assertThat(PublishNotifications.agencyOf("3f0c-instance agencies")).isNull();
		assertThat(PublishNotifications.agencyOf("3f0c-instance")).isNull();
		assertThat(PublishNotifications.agencyOf("3f0c-instance agency=x1")).isNull();
		assertThat(PublishNotifications.agencyOf("3f0c-instance agency=")).isNull();
	}

}
