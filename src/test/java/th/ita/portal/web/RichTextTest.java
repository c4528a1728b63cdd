package th.ita.portal.web;

import th.ita.portal.common.RichText;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RichTextTest {

	@Test
	void linesBecomeParagraphsAndDashesBecomeLists() {
		assertThat(RichText.toHtml("หนึ่ง\n- ก\n- ข\n  - ข.๑\nสอง"))
			.isEqualTo("<p>หนึ่ง</p><ul><li>ก</li><li>ข<ul><li>ข.๑</li></ul></li></ul><p>สอง</p>");
	}

	@Test
	void boldAndLinks() {
		assertThat(RichText.toHtml("**สำคัญ** ดู https://www.nacc.go.th/ita."))
			.isEqualTo("<p><strong>สำคัญ</strong> ดู <a href=\"https://www.nacc.go.th/ita\" rel=\"noopener noreferrer\">"
					+ "https://www.nacc.go.th/ita</a>.</p>");
	}

	@Test
	void typedHtmlIsKeptAsInertText() {
		String html = RichText.toHtml("<script>alert(1)</script><img src=x onerror=alert(1)> javascript:alert(1)");
		assertThat(html).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
	}

	@Test
	void theSanitizerDropsWhatIsNotAllowed() {
		assertThat(RichText.sanitize("<p onclick=\"x()\">a</p><a href=\"javascript:alert(1)\">b</a><script>c</script>"))
			.isEqualTo("<p>a</p>b");
	}

	@Test
	void storedHtmlReadsBackIntoMarkup() {
		String stored = "<p>จากผลการประเมิน</p><ul><li>แสดง<strong>คู่มือ</strong></li><li>มีข้อมูล<ul><li>(๑) ก</li></ul></li></ul>";
		String markup = RichText.toMarkup(stored);
		assertThat(markup).isEqualTo("จากผลการประเมิน\n- แสดง**คู่มือ**\n- มีข้อมูล\n  - (๑) ก");
		assertThat(RichText.toHtml(markup)).isEqualTo(stored);
	}

	@Test
	void thaiTextSurvivesUnchanged() {
		String text = "องค์การบริหารส่วนตำบลบางเสาธง ได้จัดทำผังขั้นตอนการให้บริการประชาชน ณ จุดบริการ";
		assertThat(RichText.toMarkup(RichText.toHtml(text))).isEqualTo(text);
	}

}
