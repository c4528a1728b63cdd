package th.ita.portal.framework;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.test.web.servlet.MvcResult;

import th.ita.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Admins import, list, export and delete frameworks; others may not; bad files store nothing. */
@PortalTest
class FrameworkAdminTest extends FrameworkAdminTestBase {

	Document refused(MvcResult result) throws Exception {
		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	static List<String> problemRows(Document page) {
		return page.select("#problems tbody tr").eachText();
	}

	@Nested
	class Access {

		@ParameterizedTest
		@ValueSource(strings = { "/staff/admin/frameworks", "/staff/admin/frameworks/1", "/staff/admin/frameworks/1.csv",
				"/staff/admin/frameworks/1.xlsx", "/staff/admin/frameworks/template.csv", "/staff/admin/frameworks/1/delete" })
		void editorsAndAuditorsAreRefusedAndAnonymousIsSentToSignIn(String path) throws Exception {
			mvc.perform(get(path).with(staff.as("demo.palad"))).andExpect(status().isForbidden());
			mvc.perform(get(path).with(staff.as("demo.auditor"))).andExpect(status().isForbidden());
			mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}

		@Test
		void anEditorCannotImportOrDelete() throws Exception {
			int before = frameworks();
			mvc.perform(multipart("/staff/admin/frameworks/import").file(csv("x.csv", SAMPLE_CSV))
				.param("year", "2599").param("name", "ไม่ควรถูกบันทึก")
				.with(staff.as("demo.palad")).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(post("/staff/admin/frameworks/" + seedId() + "/delete").with(staff.as("demo.palad")).with(csrf()))
				.andExpect(status().isForbidden());
			assertThat(frameworks()).isEqualTo(before);
		}

		@Test
		void anImportWithoutTheCsrfTokenIsRefused() throws Exception {
			int before = frameworks();
			mvc.perform(multipart("/staff/admin/frameworks/import").file(csv("x.csv", SAMPLE_CSV))
				.param("year", "2599").param("name", "ไม่มีโทเค็น").with(staff.as(ADMIN))).andExpect(status().isForbidden());
			assertThat(frameworks()).isEqualTo(before);
		}

		@Test
		void anUnknownFrameworkIs404() throws Exception {
			for (String path : List.of("/staff/admin/frameworks/999999", "/staff/admin/frameworks/999999.csv",
					"/staff/admin/frameworks/999999/delete")) {
				mvc.perform(get(path).with(staff.as(ADMIN))).andExpect(status().isNotFound());
			}
		}

	}

	@Nested
	class Import {

		@Test
		void aTestSampleShapedUnlike2566IsImportedListedAndExported() throws Exception {
			MvcResult result = importFile("2599", "ตัวอย่างทดสอบ รูปแบบอื่น", csv("sample.csv", SAMPLE_CSV));
			long id = imported(result);
			assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/staff/admin/frameworks/" + id);
			Document page = page("/staff/admin/frameworks/" + id);
			assertThat(page.select("#summary").text()).isEqualTo("ตัวชี้วัด 3 ตัว ตัวชี้วัดย่อย 2 ตัว ข้อ OIT 3 ข้อ องค์ประกอบ 3 รายการ");
			assertThat(page.select("table.items th[scope=row]").eachText()).containsExactly("O1", "O2", "O3");
			assertThat(page.select("table.items li.depth-1").text()).isEqualTo("สองบรรทัด บรรทัดที่สอง");
			assertThat(page.select("table.items td").eachText()).contains("ข้อ \"สอง\" ตัวอย่าง", "- ขึ้นต้นด้วยขีด");
			Document list = page("/staff/admin/frameworks");
			assertThat(list.select("table.frameworks tbody tr").first().text()).startsWith("2599 ตัวอย่างทดสอบ รูปแบบอื่น");
			String exported = new String(download("/staff/admin/frameworks/" + id + ".csv"), StandardCharsets.UTF_8);
			List<ImportProblem> problems = new ArrayList<>();
			assertThat(FrameworkRowParser.parse(FrameworkCsv.read(exported.getBytes(StandardCharsets.UTF_8), problems), problems))
				.isEqualTo(FrameworkRowParser.parse(FrameworkCsv.read(SAMPLE_CSV.getBytes(StandardCharsets.UTF_8), problems), problems));
			assertThat(problems).isEmpty();
		}

		@Test
		void theNewYearTemplateStartsFromTheNewestFramework() throws Exception {
			imported(importFile("2650", "ตัวอย่างทดสอบ ปีล่าสุด ก", csv("sample.csv", SAMPLE_CSV)));
			long newest = imported(importFile("2650", "ตัวอย่างทดสอบ ปีล่าสุด ข",
					csv("sample.csv", SAMPLE_CSV.replace("ข้อตัวอย่างสาม", "ข้อตัวอย่างสาม (นำเข้าทีหลัง)"))));
			assertThat(download("/staff/admin/frameworks/template.csv"))
				.isEqualTo(download("/staff/admin/frameworks/" + newest + ".csv"));
			assertThat(new String(download("/staff/admin/frameworks/template.csv"), StandardCharsets.UTF_8))
				.contains("ข้อตัวอย่างสาม (นำเข้าทีหลัง)");
			assertThat(page("/staff/admin/frameworks").select("#template-help").text())
				.contains("ตัวอย่างทดสอบ ปีล่าสุด ข", "2650");
			mvc.perform(get("/staff/admin/frameworks/template.xlsx").with(staff.as(ADMIN)))
				.andExpect(status().isOk())
				.andExpect(result -> assertThat(result.getResponse().getHeader("Content-Disposition"))
					.contains("framework-template-from-2650-" + newest + ".xlsx"));
		}

		@Test
		void aFileWithBadRowsIsRefusedWholeWithEveryRowListedAndTheFormKept() throws Exception {
			int before = frameworks();
			int rows = structureRows();
			String bad = SAMPLE_CSV.replace(",OIT,3.2,", ",XYZ,3.2,")
				+ "1,ตัวชี้วัดตัวอย่างสำหรับทดสอบ หนึ่ง,IIT,,,,O9,ข้อใต้ IIT,,\r\n"
				+ "3,การเปิดเผยข้อมูล (ตัวอย่างทดสอบ),OIT,3.1,ข้อมูลตัวอย่าง,,o1,ซ้ำ,ก,0\r\n"
				+ "3,การเปิดเผยข้อมูล (ตัวอย่างทดสอบ),OIT,3.1,ข้อมูลตัวอย่าง,,O7,,ก,0\r\n"
				+ "3,การเปิดเผยข้อมูล (ตัวอย่างทดสอบ),OIT,3.1,ข้อมูลตัวอย่าง,,O8,ข้อแปด,ก,3\r\n";

			Document page = refused(importFile("2599", "ตัวอย่างทดสอบ ไฟล์ผิด", csv("bad.csv", bad)));

			assertThat(problemRows(page)).containsExactly("7 tool ไม่รู้จักเครื่องมือ \"XYZ\" ต้องเป็น IIT, EIT หรือ OIT",
					"8 indicator ตัวชี้วัดที่ 1 ซ้ำกับแถว 2",
					"9 item รหัสข้อ o1 ซ้ำ (ไม่แยกตัวพิมพ์เล็กใหญ่) หรือแถวของข้อนี้ไม่อยู่ติดกัน",
					"10 item_title โปรดระบุชื่อข้อ (item_title)", "11 depth ระดับ (depth) ต้องเป็น 0 หรือ 1 (พบ \"3\")");
			assertThat(page.select("#problems h2").text()).isEqualTo("ไม่ได้นำเข้า: พบปัญหา 5 รายการ ระบบไม่ได้บันทึกข้อมูลใด");
			assertThat(page.select("#year").val()).isEqualTo("2599");
			assertThat(page.select("#name").val()).isEqualTo("ตัวอย่างทดสอบ ไฟล์ผิด");
			assertThat(frameworks()).isEqualTo(before);
			assertThat(structureRows()).isEqualTo(rows);
		}

		@Test
		void anItemUnderAnIitIndicatorIsRefusedFromXlsxToo() throws Exception {
			int before = frameworks();
			byte[] bad = xlsx(List.of(FrameworkColumns.HEADER,
					List.of("1", "ตัวชี้วัดตัวอย่าง", "IIT", "", "", "", "O1", "ข้อ", "", "")));
			Document page = refused(importFile("2599", "ตัวอย่างทดสอบ XLSX ผิด", file("bad.xlsx", bad)));
			assertThat(problemRows(page)).containsExactly("2 item ตัวชี้วัดของ IIT มีได้แถวเดียวและไม่มีข้อ OIT");
			assertThat(frameworks()).isEqualTo(before);
		}

		@Test
		void wholeFileAndFormProblemsAreListed() throws Exception {
			int before = frameworks();
			record Case(String year, String name, org.springframework.mock.web.MockMultipartFile file, String row) {
			}
			List<Case> cases = List.of(
					new Case("2499", "ตัวอย่างทดสอบ", csv("s.csv", SAMPLE_CSV), "แบบฟอร์ม/ทั้งไฟล์ year ปีงบประมาณต้องเป็นปีพุทธศักราช 2500 ถึง 2700"),
					new Case("2701", "ตัวอย่างทดสอบ", csv("s.csv", SAMPLE_CSV), "แบบฟอร์ม/ทั้งไฟล์ year ปีงบประมาณต้องเป็นปีพุทธศักราช 2500 ถึง 2700"),
					new Case("", "ตัวอย่างทดสอบ", csv("s.csv", SAMPLE_CSV), "แบบฟอร์ม/ทั้งไฟล์ year โปรดระบุปีงบประมาณ"),
					new Case("2599", "  ", csv("s.csv", SAMPLE_CSV), "แบบฟอร์ม/ทั้งไฟล์ name โปรดระบุชื่อกรอบการประเมิน"),
					new Case("2566", "ITA ประจำปีงบประมาณ พ.ศ. 2566", csv("s.csv", SAMPLE_CSV), "แบบฟอร์ม/ทั้งไฟล์ name ปี 2566 มีกรอบชื่อนี้แล้ว โปรดใช้ชื่ออื่น"),
					new Case("2599", "ตัวอย่างทดสอบ", csv("empty.csv", ""), "แบบฟอร์ม/ทั้งไฟล์ file ไฟล์ว่างเปล่า"),
					new Case("2599", "ตัวอย่างทดสอบ", null, "แบบฟอร์ม/ทั้งไฟล์ file โปรดเลือกไฟล์ CSV หรือ XLSX"),
					new Case("2599", "ตัวอย่างทดสอบ", file("s.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)), "แบบฟอร์ม/ทั้งไฟล์ file รับเฉพาะไฟล์ .csv หรือ .xlsx"),
					new Case("2599", "ตัวอย่างทดสอบ", file("s.xlsx", SAMPLE_CSV.getBytes(StandardCharsets.UTF_8)), "แบบฟอร์ม/ทั้งไฟล์ file ไฟล์นี้ไม่ใช่ไฟล์ XLSX ที่อ่านได้"),
					new Case("2599", "ตัวอย่างทดสอบ", file("s.xlsx", new byte[] { 'P', 'K', 3, 4, 0, 0 }), "แบบฟอร์ม/ทั้งไฟล์ file ไฟล์นี้ไม่ใช่ไฟล์ XLSX ที่อ่านได้"),
					new Case("2599", "ตัวอย่างทดสอบ", file("bomb.xlsx", zipBomb()), "แบบฟอร์ม/ทั้งไฟล์ file ไฟล์ XLSX เมื่อแตกออกมีขนาดเกิน 32 MB"),
					new Case("2599", "ตัวอย่างทดสอบ", file("s.csv", new byte[FrameworkFiles.MAX_BYTES + 1]), "แบบฟอร์ม/ทั้งไฟล์ file ไฟล์ใหญ่เกิน 2 MB"),
					new Case("2599", "ตัวอย่างทดสอบ", csv("s.csv", "indicator;name\n1;x\n"), "1 แถวหัวคอลัมน์ต้องเป็น " + String.join(",", FrameworkColumns.HEADER) + " พอดี"),
					new Case("2599", "ตัวอย่างทดสอบ", csv("s.csv", String.join(",", FrameworkColumns.HEADER) + "\n"), "แบบฟอร์ม/ทั้งไฟล์ file ไฟล์มีแต่หัวคอลัมน์ ไม่มีข้อมูล"),
					new Case("2599", "ตัวอย่างทดสอบ", file("s.csv", new byte[] { 'a', 0, 'b' }), "แบบฟอร์ม/ทั้งไฟล์ file ไฟล์นี้ไม่ใช่ไฟล์ข้อความ CSV"));
			for (Case c : cases) {
				Document page = refused(importFile(c.year(), c.name(), c.file()));
				assertThat(problemRows(page)).as(c.row()).containsExactly(c.row());
				assertThat(page.select("#year").val()).isEqualTo(c.year());
			}
			assertThat(frameworks()).isEqualTo(before);
		}

	}

	@Nested
	class Delete {

		@Test
		void anUnusedFrameworkIsDeletedAfterConfirmationAndAudited() throws Exception {
			long id = imported(importFile("2599", "ตัวอย่างทดสอบ ลบได้", csv("sample.csv", SAMPLE_CSV)));
			int rows = structureRows();
			Document confirm = page("/staff/admin/frameworks/" + id + "/delete");
			assertThat(confirm.select("h1").text()).isEqualTo("ลบกรอบ \"ตัวอย่างทดสอบ ลบได้\" ปี 2599 หรือไม่");
			assertThat(confirm.select("main form[method=post] input[name=_csrf]")).hasSize(1);

			mvc.perform(post("/staff/admin/frameworks/" + id + "/delete").with(staff.as(ADMIN)).with(csrf()))
				.andExpect(redirectedUrl("/staff/admin/frameworks"));

			assertThat(jdbc.queryForObject("select count(*) from framework where id = ?", Integer.class, id)).isZero();
			assertThat(structureRows()).isEqualTo(rows - 3 - 2 - 2 - 3 - 3);
			assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'FRAMEWORK_DELETED' and subject = ?",
					Integer.class, "framework " + id + " 2599 ตัวอย่างทดสอบ ลบได้: 3 items")).isEqualTo(1);
			mvc.perform(get("/staff/admin/frameworks/" + id).with(staff.as(ADMIN))).andExpect(status().isNotFound());
		}

		@Test
		void aFrameworkAYearUsesIsNotDeleted() throws Exception {
			long seed = seedId();
			int rows = structureRows();
			MvcResult result = mvc.perform(post("/staff/admin/frameworks/" + seed + "/delete").with(staff.as(ADMIN)).with(csrf()))
				.andExpect(status().isConflict()).andReturn();
			Document page = Jsoup.parse(result.getResponse().getContentAsString());
			assertThat(page.select("#in-use").text()).isEqualTo("ลบไม่ได้: กรอบนี้ใช้ในรายงานประจำปี 1 ฉบับ");
			assertThat(structureRows()).isEqualTo(rows);
			assertThat(page("/staff/admin/frameworks/" + seed + "/delete").select("main form[method=post]")).isEmpty();
			assertThat(page("/staff/admin/frameworks/" + seed).select("a[href$=/delete]")).isEmpty();
		}

	}

	@Nested
	class HostileText {

		@Test
		void htmlInNamesAndTitlesIsShownAsText() throws Exception {
			String script = "<script>alert('x')</script>";
			String hostile = SAMPLE_CSV.replace("ข้อตัวอย่างหนึ่ง", "<img src=x onerror=alert(1)>");
			long id = imported(importFile("2599", "ตัวอย่างทดสอบ " + script, csv("hostile.csv", hostile)));
			for (String path : List.of("/staff/admin/frameworks/" + id, "/staff/admin/frameworks")) {
				String html = mvc.perform(get(path).with(staff.as(ADMIN))).andReturn().getResponse().getContentAsString();
				assertThat(html).doesNotContain(script).doesNotContain("<img src=x");
				Document page = Jsoup.parse(html);
				assertThat(page.select("img[onerror]")).isEmpty();
				assertThat(page.select("script").eachText()).noneMatch(s -> s.contains("alert"));
			}
			assertThat(page("/staff/admin/frameworks/" + id).select("h1").text()).isEqualTo("ตัวอย่างทดสอบ " + script);
			Document refused = refused(importFile("2599", script, csv("x.csv", hostile.replace(",OIT,3.2,", ",<b>X</b>,3.2,"))));
			assertThat(refused.select("#name").val()).isEqualTo(script);
			assertThat(refused.select("#problems b")).isEmpty();
		}

	}

}
