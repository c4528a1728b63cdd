package th.ita.portal.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import th.ita.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What a citizen reads on the public pages, as rendered. */
@PortalTest
class PublicSiteTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ResourceUrlProvider resourceUrls;

	Document page(String url) throws Exception {
		MvcResult result = this.mvc.perform(get(url).accept(MediaType.TEXT_HTML)).andExpect(status().isOk()).andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	@Nested
	class Home {

		@Test
		void showsTheAgencyItsYearsAndTheScore() throws Exception {
			Document home = page("/");
			assertThat(home.select("h1").text()).isEqualTo("องค์การบริหารส่วนตำบลบางเสาธง");
			assertThat(home.select(".lead").first().text()).isEqualTo("อำเภอบางเสาธง จังหวัดสมุทรปราการ");
			assertThat(home.select(".years a").eachText()).containsExactly("ปีงบประมาณ พ.ศ. 2566");
			assertThat(home.select(".card .big").eachText()).containsExactly("91.45", "ผ่าน", "43 จาก 43 ข้อ");
			assertThat(home.text()).contains("ตั้งแต่ 1 ตุลาคม พ.ศ. 2565 ถึง 30 กันยายน พ.ศ. 2566");
		}

		@Test
		void showsProgressPerSubindicatorAsBars() throws Exception {
			Document home = page("/ita/2566");
			assertThat(home.select(".progress-table tbody th").eachText()).containsExactly("รวมทุกตัวชี้วัดย่อย",
					"9.1 ข้อมูลพื้นฐาน", "9.2 การบริหารงานการดำเนินงาน", "9.3 การจัดซื้อจัดจ้าง",
					"9.4 การบริหารและพัฒนาทรัพยากรบุคคล", "9.5 การส่งเสริมความโปร่งใส",
					"10.1 การดำเนินการเพื่อป้องกันการทุจริต", "10.2 มาตรการส่งเสริมคุณธรรมและความโปร่งใส");
			assertThat(home.select(".progress-table tbody td:nth-child(2)").eachText()).containsExactly("43 จาก 43 ข้อ",
					"10 จาก 10 ข้อ", "8 จาก 8 ข้อ", "4 จาก 4 ข้อ", "4 จาก 4 ข้อ", "4 จาก 4 ข้อ", "8 จาก 8 ข้อ",
					"5 จาก 5 ข้อ");
			assertThat(home.select("progress").first().attr("max")).isEqualTo("43");
			assertThat(home.select("progress").first().attr("aria-label")).contains("100");
		}

		@Test
		void linksToTheYearsPages() throws Exception {
			assertThat(page("/").select(".link-list a").eachAttr("href")).containsExactly("/ita/2566/oit",
					"/ita/2566/measures");
		}

		@Test
		void inEnglishWhenAsked() throws Exception {
			MvcResult result = mvc.perform(get("/").param("lang", "en").accept(MediaType.TEXT_HTML)).andReturn();
			Document home = Jsoup.parse(result.getResponse().getContentAsString());
			assertThat(home.select("html").attr("lang")).isEqualTo("en");
			assertThat(home.select(".years a").eachText()).containsExactly("Fiscal year B.E. 2566");
			assertThat(home.text()).contains("From 1 October 2022 (B.E. 2565) to 30 September 2023 (B.E. 2566)");
			assertThat(result.getResponse().getCookie("ita-lang").getValue()).isEqualTo("en");
		}

		@Test
		void thaiByDefaultWhateverTheBrowserPrefers() throws Exception {
			MvcResult result = mvc.perform(get("/").header("Accept-Language", "en-US,en;q=0.9").accept(MediaType.TEXT_HTML))
				.andReturn();
			assertThat(Jsoup.parse(result.getResponse().getContentAsString()).select("html").attr("lang")).isEqualTo("th");
		}

	}

	@Nested
	class OitIndex {

		@Test
		void listsAll43ItemsGroupedBySubindicatorAndTopic() throws Exception {
			Document oit = page("/ita/2566/oit");
			assertThat(oit.select("h1").text()).isEqualTo("การเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ พ.ศ. 2566");
			assertThat(oit.select("section.subindicator > h2").eachText()).containsExactly(
					"ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน", "ตัวชี้วัดย่อยที่ 9.2 การบริหารงานการดำเนินงาน",
					"ตัวชี้วัดย่อยที่ 9.3 การจัดซื้อจัดจ้าง", "ตัวชี้วัดย่อยที่ 9.4 การบริหารและพัฒนาทรัพยากรบุคคล",
					"ตัวชี้วัดย่อยที่ 9.5 การส่งเสริมความโปร่งใส",
					"ตัวชี้วัดย่อยที่ 10.1 การดำเนินการเพื่อป้องกันการทุจริต",
					"ตัวชี้วัดย่อยที่ 10.2 มาตรการส่งเสริมคุณธรรมและความโปร่งใส");
			assertThat(oit.select("table.items tbody tr")).hasSize(43);
			assertThat(oit.select("td.code-col").eachText()).startsWith("O1", "O2", "O3").endsWith("O42", "O43");
			assertThat(oit.select("section.subindicator h3").eachText()).contains("นโยบาย No Gift Policy",
					"การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ");
		}

		@Test
		void showsEachItemsTitleLinkUnitAndStatus() throws Exception {
			Document oit = page("/ita/2566/oit");
			var row = oit.select("table.items tbody tr").get(13);
			assertThat(row.select("td").eachText()).containsExactly("O14", "คู่มือมาตรฐานการปฏิบัติงาน",
					"สำนักปลัด, กองช่าง, กองคลัง", "ดำเนินการ");
			assertThat(row.select("a").attr("href")).isEqualTo("/ita/2566/oit/o14");
			assertThat(oit.select("table.items .badge-done")).hasSize(43);
		}

	}

	@Nested
	class OitItemPage {

		@Test
		void showsCodeTitleComponentsUnitStatusProgressAndDate() throws Exception {
			Document item = page("/ita/2566/oit/o12");
			assertThat(item.select("h1").text())
				.isEqualTo("O12 รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณประจำปีรอบ ๖ เดือน");
			assertThat(item.select("title").text()).startsWith("O12 รายงานการกำกับติดตาม");
			assertThat(item.select("ul.components li").eachText()).contains(
					"แสดงผลความก้าวหน้าในการดำเนินโครงการ/กิจกรรม", "แสดงรายละเอียดงบประมาณในแต่ละโครงการ/กิจกรรม");
			assertThat(item.select(".facts dd").get(0).text()).isEqualTo("ดำเนินการ");
			assertThat(item.select(".facts dd").get(1).text()).isEqualTo("สำนักปลัด, กองคลัง");
			assertThat(item.select(".facts time").text()).matches("\\d{1,2} \\S+ พ.ศ. 25\\d\\d");
			assertThat(item.select(".facts time").attr("datetime")).matches("\\d{4}-\\d\\d-\\d\\d");
			assertThat(item.select("#evidence-h").text()).isEqualTo("หลักฐาน (เอกสารและลิงก์)");
		}

		@Test
		void rendersNestedComponentsAndTheProgressAsCleanText() throws Exception {
			Document item = page("/ita/2566/oit/o14");
			assertThat(item.select("ul.components li.depth-1")).isNotEmpty();
			assertThat(item.select(".rich").html()).doesNotContain("<input").doesNotContain("style=");
		}

		@Test
		void upperCaseCodeLeadsToThePermanentLink() throws Exception {
			mvc.perform(get("/ita/2566/oit/O12"))
				.andExpect(status().isMovedPermanently())
				.andExpect(redirectedUrl("/ita/2566/oit/o12"));
		}

		@Test
		void linkIsTheSameForEveryItemOfTheYear() throws Exception {
			for (int n = 1; n <= 43; n += 7) {
				mvc.perform(get("/ita/2566/oit/o" + n).accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
			}
		}

	}

	@Nested
	class Measures {

		@Test
		void showsTheThreeMeasuresWithEveryColumn() throws Exception {
			Document measures = page("/ita/2566/measures");
			assertThat(measures.select("table.wide").first().select("thead th").eachText()).containsExactly("ลำดับ",
					"มาตรการ/กิจกรรม", "วิธีดำเนินการ", "ระยะเวลาในการดำเนินการ", "ผู้รับผิดชอบ", "สรุปผลการดำเนินการ",
					"ผลลัพธ์หรือความสำเร็จ", "สถานะ");
			var rows = measures.select("table.wide").first().select("tbody tr");
			assertThat(rows).hasSize(3);
			assertThat(rows.get(0).select("th").text())
				.isEqualTo("มาตรการเสริมสร้างความซื่อสัตย์สุจริต และปลูกฝังทัศนคติ วัฒนธรรมที่ดีในการต่อต้านการทุจริต");
			assertThat(rows.get(2).select("td").get(3).text()).contains("กองคลัง");
			assertThat(rows.get(0).select("td").get(2).text()).isEqualTo("ตลอดปีงบประมาณ");
		}

		@Test
		void showsThePlansGroupedAsIitAndEit() throws Exception {
			Document measures = page("/ita/2566/measures");
			assertThat(measures.select("h3").eachText()).containsExactly(
					"ประเด็นการประเมิน IIT (การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน)",
					"ประเด็นการประเมิน EIT (การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก)");
			var tables = measures.select("table.wide");
			assertThat(tables.get(1).select("tbody th").eachText()).containsExactly("ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่",
					"ตัวชี้วัดที่ 2 การใช้งบประมาณ", "ตัวชี้วัดที่ 3 การใช้อำนาจ",
					"ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของทางราชการ", "ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต");
			assertThat(tables.get(2).select("tbody th").eachText()).containsExactly("ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน",
					"ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร", "ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน");
			assertThat(tables.get(1).select("tbody tr").get(0).select("td").get(1).text()).isEqualTo("ทุกส่วนงาน");
			assertThat(tables.get(1).select("tbody tr").get(0).select("td").get(2).text()).isEqualTo("ต.ค. ๖๕ ถึง ก.ย. ๖๖");
		}

	}

	@Nested
	class Layout {

		@Test
		void everyPageHasLandmarksASkipLinkAndThai() throws Exception {
			for (String url : new String[] { "/", "/ita/2566/oit", "/ita/2566/oit/o1", "/ita/2566/measures" }) {
				Document doc = page(url);
				assertThat(doc.select("html").attr("lang")).as(url).isEqualTo("th");
				assertThat(doc.select("a.skip-link").attr("href")).as(url).isEqualTo("#main");
				assertThat(doc.select("header, main#main, footer")).as(url).hasSize(3);
				assertThat(doc.select("head > title").text()).as(url).endsWith("| ระบบรายงาน ITA");
				assertThat(doc.select("script")).as(url).isEmpty();
				assertThat(doc.select("[style]")).as(url).isEmpty();
				assertThat(doc.select("link[rel=stylesheet]").attr("href")).as(url).startsWith("/css/portal");
			}
		}

		@Test
		void onlyCssAndFontsAreStaticSoThePagesLinksAreNotLookedUpAsFiles() throws Exception {
			// With a catch-all static mapping, every link a page built was searched for in the jar.
			assertThat(resourceUrls.getHandlerMap()).containsOnlyKeys("/css/**", "/fonts/**");
			String stylesheet = page("/").select("link[rel=stylesheet]").first().attr("href");
			assertThat(stylesheet).matches("/css/portal-[0-9a-f]{32}\\.css");
			mvc.perform(get(stylesheet))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", "max-age=604800"));
			for (String notPublic : new String[] { "/application.properties", "/templates/layout.html",
					"/static/css/portal.css", "/db/migration/V1__schema.sql" }) {
				mvc.perform(get(notPublic)).andExpect(status().isNotFound());
			}
		}

		@Test
		void theFontIsServedByThePortalItself() throws Exception {
			mvc.perform(get("/fonts/Sarabun-Regular.ttf")).andExpect(status().isOk());
			String css = mvc.perform(get("/css/portal.css")).andReturn().getResponse().getContentAsString();
			assertThat(css).contains("@font-face").contains("fonts/Sarabun-Regular").doesNotContain("googleapis").doesNotContain("//fonts.");
		}

		@Test
		void theLanguageSwitchLeadsBackToTheSamePage() throws Exception {
			assertThat(page("/ita/2566/oit/o5").select(".lang-switch a").attr("href")).isEqualTo("/ita/2566/oit/o5?lang=en");
		}

	}

	@Test
	void staffPagesNeedSignIn() throws Exception {
		mvc.perform(get("/staff/anything")).andExpect(status().is3xxRedirection());
	}

	@Test
	void onlyTheHealthEndpointIsExposed() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		mvc.perform(get("/actuator/env")).andExpect(status().isNotFound());
		mvc.perform(get("/actuator/beans")).andExpect(status().isNotFound());
	}

	@Test
	void securityHeadersAreSent() throws Exception {
		mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("object-src 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

}
