package th.ita.portal.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipInputStream;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.ita.portal.publishing.YearPublisher;
import th.ita.portal.report.Audience;
import th.ita.portal.report.PublishedReports;
import th.ita.portal.support.PortalTest;
import th.ita.portal.support.SampleYear;
import th.ita.portal.support.TestDatabase;
import th.ita.portal.user.Role;
import th.ita.portal.user.StaffPrincipal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every export format of a year whose framework is shaped unlike 2566 (the {@link SampleYear}, a
 * test sample: 23 items O1–O23 in seven sub-indicators, other topics, an item without components)
 * takes its sub-indicators, topics, items and codes from that framework. In a database of its own,
 * so the sample year is seen by no other test.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportAnyFrameworkTest {

	static final int YEAR = SampleYear.YEAR;

	static final Locale THAI = Locale.forLanguageTag("th");

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.freshUrl("exportsample"));
	}

	@Autowired
	Exports exports;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PublishedReports reports;

	@Autowired
	YearPublisher publisher;

	@BeforeAll
	void buildSampleYear() {
		new SampleYear(this.jdbc).build();
		StaffPrincipal admin = new StaffPrincipal(null, "sample-admin", "ผู้ดูแลระบบ", "", true, false,
				Set.of(Role.ADMIN), Set.of());
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		try {
			this.publisher.publishAll(this.reports.ofYear(YEAR, Audience.STAFF).report());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	byte[] export(ExportFormat format, boolean thai) {
		return this.exports.export(YEAR, format, thai, false, Audience.STAFF, THAI).bytes();
	}

	/** The sample's items in order as (sub-indicator, topic, code, title), as the exports should group them. */
	static List<List<String>> expectedItems() {
		List<List<String>> items = new ArrayList<>();
		int n = 0;
		for (SampleYear.Sub sub : SampleYear.SUBINDICATORS) {
			for (int i = 0; i < sub.items(); i++) {
				n++;
				String topic = SampleYear.topic(sub, i);
				items.add(List.of("ตัวชี้วัดย่อยที่ " + sub.code() + " " + sub.name(), topic == null ? "" : topic, "O" + n,
						SampleYear.title(n)));
			}
		}
		return items;
	}

	@Test
	void docxHasOneTablePerSubindicatorAndTopicWithTheFrameworksItems() throws Exception {
		byte[] docx = export(ExportFormat.DOCX, false);
		var tables = ExportReading.docxTables(docx);
		assertThat(tables.get(0)).hasSize(1 + 1);
		assertThat(tables.get(1)).hasSize(1 + 1);
		assertThat(tables.get(1).get(1).get(0)).isEqualTo("ตัวชี้วัดที่ 1 ตัวอย่าง การปฏิบัติงาน");
		// 9.1, 9.2, 9.3, 10.1, 10.2, 10.3 have two topics each; 9.4 none: 13 tables
		List<List<List<String>>> oit = tables.subList(2, tables.size());
		assertThat(oit).hasSize(13);
		List<List<String>> rows = oit.stream().flatMap(t -> t.subList(1, t.size()).stream()).toList();
		assertThat(rows).hasSize(SampleYear.ITEMS);
		List<List<String>> expected = expectedItems();
		for (int i = 0; i < rows.size(); i++) {
			List<String> row = rows.get(i);
			int n = i + 1;
			assertThat(row.get(0)).isEqualTo("O" + n);
			assertThat(row.get(1)).isEqualTo(expected.get(i).get(3));
			assertThat(row.get(3)).isEqualTo("สำนักปลัด");
			for (String c : SampleYear.components(n)) {
				assertThat(row.get(2)).as("O" + n).contains("- " + c);
			}
			assertThat(row.get(4)).as("O" + n).contains("ความก้าวหน้าตัวอย่างของ O" + n);
		}
		assertThat(rows.get(22).get(2)).as(SampleYear.BARE_ITEM + " has no components").isEmpty();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
			String text = words.getText();
			for (List<String> item : expected) {
				assertThat(text).contains(item.get(0)).contains(item.get(1));
			}
			assertThat(text).doesNotContain("ตัวชี้วัดย่อยที่ 9.5", "ตัวชี้วัดย่อยที่ 10.4", "O24").doesNotContainPattern("[๐-๙]");
		}
		var thai = ExportReading.docxTables(export(ExportFormat.DOCX, true));
		List<List<String>> thaiRows = thai.subList(2, thai.size()).stream().flatMap(t -> t.subList(1, t.size()).stream()).toList();
		assertThat(thaiRows.get(0).get(0)).isEqualTo("๐๑");
		assertThat(thaiRows.get(22).get(0)).isEqualTo("๐๒๓");
	}

	@Test
	void xlsxOitSheetHoldsEachItemsSubindicatorTopicAndCode() throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export(ExportFormat.XLSX, false)))) {
			assertThat(book.getNumberOfSheets()).isEqualTo(3);
			assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(1);
			assertThat(book.getSheetAt(1).getLastRowNum()).isEqualTo(1);
			XSSFSheet oit = book.getSheetAt(2);
			assertThat(oit.getLastRowNum()).isEqualTo(SampleYear.ITEMS);
			List<List<String>> expected = expectedItems();
			for (int i = 0; i < SampleYear.ITEMS; i++) {
				var row = oit.getRow(i + 1);
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < 4; c++) {
					cells.add(row.getCell(c).getStringCellValue());
				}
				assertThat(cells).as("row " + (i + 1)).isEqualTo(expected.get(i));
			}
			assertThat(oit.getRow(SampleYear.ITEMS).getCell(4).getStringCellValue()).isEmpty();
		}
	}

	@Test
	void csvZipsOitFileHasOneLinePerItemWithItsCode() throws Exception {
		String oit = null;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(export(ExportFormat.CSV, false)))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				byte[] bytes = zip.readAllBytes();
				if (entry.getName().equals("03-oit.csv")) {
					oit = new String(bytes, StandardCharsets.UTF_8);
				}
			}
		}
		assertThat(oit).isNotNull();
		List<List<String>> expected = expectedItems();
		assertThat(oit.lines().filter(l -> l.startsWith("ตัวชี้วัดย่อยที่ ")).count()).isEqualTo(SampleYear.ITEMS);
		for (List<String> item : expected) {
			assertThat(oit).contains("\n" + String.join(",", item) + ",");
		}
		assertThat(oit).contains("\nตัวชี้วัดย่อยที่ 9.4 ตัวอย่าง การจัดซื้อจัดจ้าง,,O12,");
	}

	@Test
	void answerSheetListsTheFrameworksCodesAndTheirPages() throws Exception {
		List<String> lines = new String(export(ExportFormat.ANSWERS_CSV, true), StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(1 + SampleYear.ITEMS);
		for (int n = 1; n <= SampleYear.ITEMS; n++) {
			assertThat(lines.get(n)).startsWith("O" + n + "," + SampleYear.title(n) + ",")
				.contains(",http://localhost/ita/" + YEAR + "/oit/O" + n + ",");
		}
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export(ExportFormat.ANSWERS_XLSX, true)))) {
			assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(SampleYear.ITEMS);
			assertThat(book.getSheetAt(0).getRow(23).getCell(0).getStringCellValue()).isEqualTo("O23");
			assertThat(book.getSheetAt(0).getRow(23).getCell(2).getStringCellValue())
				.isEqualTo("http://localhost/ita/" + YEAR + "/oit/O23");
		}
	}

	@Test
	void pdfTextHoldsEverySubindicatorTopicAndItem() throws Exception {
		byte[] pdf = export(ExportFormat.PDF, true);
		Path dir = Files.createDirectories(Path.of("target/export-samples"));
		Files.write(dir.resolve("sample-" + YEAR + ".pdf"), pdf);
		String text = String.join("\n", ExportReading.pdfPages(pdf));
		String squeezed = ExportReading.squeeze(text);
		for (SampleYear.Sub sub : SampleYear.SUBINDICATORS) {
			assertThat(squeezed).contains("ตัวชี้วัดย่อยที่" + Digits.thai(sub.code()) + ExportReading.squeeze(sub.name()));
		}
		for (List<String> item : expectedItems()) {
			assertThat(squeezed).contains(ExportReading.squeeze(item.get(1))).contains(ExportReading.squeeze(item.get(3)));
		}
		assertThat(squeezed).contains("๐๑", "๐๒๓", "ตัวชี้วัดที่๑ตัวอย่างการปฏิบัติงาน");
		byte[] arabic = export(ExportFormat.PDF, false);
		assertThat(ExportReading.squeeze(String.join("\n", ExportReading.pdfPages(arabic)))).contains("O1", "O23",
				"ตัวชี้วัดย่อยที่10.3ตัวอย่างการส่งเสริมความโปร่งใส");
	}

}
