package th.ita.portal.common;

import java.net.http.HttpResponse;

import jakarta.persistence.OptimisticLockException;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import th.ita.portal.support.PortalHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.ita.portal.support.PortalHttp.text;

/**
 * A write that loses its race is run again in a transaction of its own, three more times at most;
 * one that still loses ends with the portal's 409 page, never a 500. A write inside another
 * transaction is run again only with that transaction.
 */
class LostRaceFallbackTest extends RealTomcatTestBase {

	@Autowired
	LosingWrites.Loser loser;

	@Autowired
	LosingWrites.Caller caller;

	@BeforeEach
	void reset() {
		this.loser.runs();
		this.caller.runs();
	}

	@Test
	void aWriteThatKeepsLosingIsRunFourTimesThenAnsweredWithThe409Page() throws Exception {
		HttpResponse<byte[]> answer = PortalHttp.on(this.port).get(LosingWrites.PATH);
		assertThat(answer.statusCode()).isEqualTo(409);
		assertThat(Jsoup.parse(text(answer)).select("main h1").text()).isEqualTo("ข้อมูลถูกแก้ไขไปแล้ว");
		assertThat(this.loser.runs()).isEqualTo(4);
	}

	@Test
	void aWriteInsideAnotherTransactionIsRunAgainOnlyWithThatTransaction() {
		assertThatThrownBy(this.caller::write).isInstanceOf(OptimisticLockException.class);
		assertThat(this.caller.runs()).isEqualTo(4);
		assertThat(this.loser.runs()).as("not 4 runs for each of the caller's").isEqualTo(4);
	}

}
