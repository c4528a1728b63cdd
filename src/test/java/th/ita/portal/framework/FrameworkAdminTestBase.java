package th.ita.portal.framework;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import th.ita.portal.support.StaffUsers;
import th.ita.portal.support.TestDatabase;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * What the framework admin tests share: their own database (they add and delete frameworks), and
 * a test sample framework that is deliberately shaped unlike 2566. The sample is NOT any year's
 * real framework: its names say so.
 */
abstract class FrameworkAdminTestBase {

	static final String ADMIN = "demo.admin";

	static final String SAMPLE_CSV = String.join(",", FrameworkColumns.HEADER) + "\r\n" + """
			1,ตัวชี้วัดตัวอย่างสำหรับทดสอบ หนึ่ง,IIT,,,,,,,
			2,ตัวชี้วัดตัวอย่างสำหรับทดสอบ สอง,EIT,,,,,,,
			3,การเปิดเผยข้อมูล (ตัวอย่างทดสอบ),OIT,3.1,ข้อมูลตัวอย่าง,,O1,ข้อตัวอย่างหนึ่ง,"องค์ประกอบ, มีจุลภาค",0
			3,การเปิดเผยข้อมูล (ตัวอย่างทดสอบ),OIT,3.1,ข้อมูลตัวอย่าง,,O1,ข้อตัวอย่างหนึ่ง,"สองบรรทัด
			บรรทัดที่สอง",1
			3,การเปิดเผยข้อมูล (ตัวอย่างทดสอบ),OIT,3.1,ข้อมูลตัวอย่าง,หัวข้อตัวอย่าง,O2,"ข้อ ""สอง"" ตัวอย่าง",,
			3,การเปิดเผยข้อมูล (ตัวอย่างทดสอบ),OIT,3.2,ย่อยตัวอย่างที่สอง,หัวข้อตัวอย่าง,O3,ข้อตัวอย่างสาม,- ขึ้นต้นด้วยขีด,0
			""";

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("frameworks"));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffUsers staff;

	@Autowired
	JdbcTemplate jdbc;

	long seedId() {
		return this.jdbc.queryForObject("select id from framework where name = 'ITA ประจำปีงบประมาณ พ.ศ. 2566'",
				Long.class);
	}

	int frameworks() {
		return this.jdbc.queryForObject("select count(*) from framework", Integer.class);
	}

	int structureRows() {
		return this.jdbc.queryForObject("select (select count(*) from indicator) + (select count(*) from oit_subindicator)"
				+ " + (select count(*) from oit_topic) + (select count(*) from oit_item)"
				+ " + (select count(*) from oit_item_component)", Integer.class);
	}

	/** The framework's whole structure as text rows, without ids: equal lists, equal structures. */
	List<Map<String, Object>> structure(long id) {
		return this.jdbc.queryForList("""
				select i.number, i.name, i.tool, s.code as sub, s.name as sub_name, s.position as sub_position,
				       t.name as topic, t.position as topic_position, o.code, o.number as item_number, o.title,
				       c.position, c.depth, c.text
				from indicator i
				left join oit_subindicator s on s.indicator_id = i.id
				left join oit_item o on o.subindicator_id = s.id
				left join oit_topic t on t.id = o.topic_id
				left join oit_item_component c on c.item_id = o.id
				where i.framework_id = ?
				order by i.number, s.position, o.number, c.position""", id);
	}

	MvcResult importFile(String year, String name, MockMultipartFile file) throws Exception {
		var request = multipart("/staff/admin/frameworks/import").param("year", year).param("name", name);
		if (file != null) {
			request.file(file);
		}
		return this.mvc.perform(request.with(this.staff.as(ADMIN)).with(csrf())).andReturn();
	}

	static MockMultipartFile csv(String name, String text) {
		return new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}

	static MockMultipartFile file(String name, byte[] bytes) {
		return new MockMultipartFile("file", name, "application/octet-stream", bytes);
	}

	long imported(MvcResult result) {
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	byte[] download(String path) throws Exception {
		return this.mvc.perform(get(path).with(this.staff.as(ADMIN))).andReturn().getResponse().getContentAsByteArray();
	}

	Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(this.staff.as(ADMIN))).andReturn().getResponse()
			.getContentAsString());
	}

	/** A small archive that unpacks to 40 MB of zeros: what a hostile "XLSX" looks like. */
	static byte[] zipBomb() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
			zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 40; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	static byte[] xlsx(List<List<String>> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet();
			for (int r = 0; r < rows.size(); r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
