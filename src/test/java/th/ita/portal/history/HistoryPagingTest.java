package th.ita.portal.history;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import th.ita.portal.support.PortalTest;
import th.ita.portal.support.Staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A year's history comes fifty revisions a page, newest first; the demo year has more than fifty. */
@PortalTest
class HistoryPagingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	List<String> labels;

	int pages;

	@BeforeEach
	void revisionsOfTheDemoYear() {
		this.labels = this.jdbc.queryForList("""
				select v.label from revision v join report r on r.id = v.report_id join framework f on f.id = r.framework_id
				where f.fiscal_year = 2566 order by v.at desc, v.id desc""", String.class);
		this.pages = (this.labels.size() + 49) / 50;
		assertThat(this.pages).isGreaterThan(1);
	}

	Document page(int number) throws Exception {
		String html = this.mvc.perform(get("/staff/2566/history").param("page", Integer.toString(number))
			.with(new Staff(this.jdbc).auditor())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return Jsoup.parse(html);
	}

	static List<String> shown(Document page) {
		return page.select("tbody tr td:last-child a").eachText();
	}

	@Test
	void theFirstPageShowsTheNewestFiftyAndHowManyPagesThereAre() throws Exception {
		Document first = page(0);
		assertThat(shown(first)).isEqualTo(this.labels.subList(0, 50));
		assertThat(first.select("nav.pager span").text()).isEqualTo("หน้า 1 จาก " + this.pages);
		assertThat(first.select("nav.pager a").eachText()).containsExactly("เก่ากว่า");
	}

	@Test
	void theLastPageShowsTheOldestAndTheWayBack() throws Exception {
		Document last = page(this.pages - 1);
		assertThat(shown(last)).isEqualTo(this.labels.subList(50 * (this.pages - 1), this.labels.size()));
		assertThat(last.select("nav.pager span").text()).isEqualTo("หน้า " + this.pages + " จาก " + this.pages);
		assertThat(last.select("nav.pager a").eachText()).containsExactly("ใหม่กว่า");
	}

	@Test
	void aPagePastTheLastShowsTheLastPage() throws Exception {
		for (int page : new int[] { this.pages + 2, Integer.MAX_VALUE }) {
			Document past = page(page);
			assertThat(shown(past)).isEqualTo(this.labels.subList(50 * (this.pages - 1), this.labels.size()));
			assertThat(past.select("nav.pager span").text()).isEqualTo("หน้า " + this.pages + " จาก " + this.pages);
		}
	}

}
