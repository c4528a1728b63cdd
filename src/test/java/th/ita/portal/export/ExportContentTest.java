package th.ita.portal.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipInputStream;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.ita.portal.report.Audience;
import th.ita.portal.seed.SeedReport;
import th.ita.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The published FY 2566 report, exported in every format, holds the seed report's content. */
@PortalTest
class ExportContentTest {

	static final Locale THAI = Locale.forLanguageTag("th");

	@Autowired
	Exports exports;

	byte[] export(ExportFormat format, boolean thai) {
		return this.exports.export(2566, format, thai, false, Audience.STAFF, THAI).bytes();
	}

	@Test
	void docxHoldsEveryMeasurePlanAndItemWithTheSeedsTexts() throws Exception {
		SeedReport seed = ExportReading.seed();
		var tables = ExportReading.docxTables(export(ExportFormat.DOCX, true));
		var measures = tables.get(0);
		assertThat(measures.get(0)).containsExactly("ลำดับ", "มาตรการ/กิจกรรม", "วิธีดำเนินการ", "ระยะเวลาในการดำเนินการ",
				"ผู้รับผิดชอบ", "สรุปผลการดำเนินการตามมาตรการหรือกิจกรรม", "ผลลัพธ์หรือความสำเร็จในการดำเนินการ");
		assertThat(measures).hasSize(1 + 3);
		for (int m = 0; m < 3; m++) {
			assertThat(measures.get(m + 1).get(1)).isEqualTo(seed.measures().get(m).name());
			assertThat(measures.get(m + 1).get(3)).isEqualTo(seed.measures().get(m).period());
		}
		var plans = tables.get(1);
		assertThat(plans).hasSize(1 + 8);
		assertThat(plans.get(1).get(0)).isEqualTo("ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่");
		assertThat(plans.get(1).get(2)).isEqualTo(seed.plans().get(0).responsible());
		List<List<String>> items = tables.subList(2, tables.size()).stream().flatMap(t -> t.subList(1, t.size()).stream()).toList();
		assertThat(items).hasSize(43);
		for (SeedReport.Item item : seed.items()) {
			List<String> row = items.get(item.number() - 1);
			assertThat(row.get(1)).as(item.code()).isEqualTo(item.title());
			assertThat(row.get(3)).as(item.code()).isEqualTo(String.join(", ", item.units()));
			String status = item.status().equals("DONE") ? "☐ ยังไม่ได้ดำเนินการ ☑ ดำเนินการ" : "☑ ยังไม่ได้ดำเนินการ ☐ ดำเนินการ";
			assertThat(row.get(4)).as(item.code()).startsWith(status);
			for (SeedReport.Component c : item.components()) {
				assertThat(row.get(2)).as(item.code()).contains("- " + c.text());
			}
		}
		assertThat(items.get(0).get(0)).isEqualTo("๐๑");
		assertThat(items.get(42).get(0)).isEqualTo("๐๔๓");
	}

	@Test
	void arabicDigitsWhenAsked() throws Exception {
		var thai = ExportReading.docxTables(export(ExportFormat.DOCX, true));
		var arabic = ExportReading.docxTables(export(ExportFormat.DOCX, false));
		assertThat(arabic.get(1).get(1).get(0)).isEqualTo("ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่");
		assertThat(arabic.get(2).get(1).get(0)).isEqualTo("O1");
		assertThat(arabic.toString()).doesNotContainPattern("[๐-๙]");
		assertThat(thai.get(0).get(1).get(0)).isEqualTo("๑");
	}

	@Test
	void xlsxHasOneSheetPerPartWithFrozenFilteredHeaders() throws Exception {
		SeedReport seed = ExportReading.seed();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export(ExportFormat.XLSX, true)))) {
			assertThat(book.getNumberOfSheets()).isEqualTo(3);
			assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(3);
			assertThat(book.getSheetAt(1).getLastRowNum()).isEqualTo(8);
			XSSFSheet oit = book.getSheetAt(2);
			assertThat(oit.getLastRowNum()).isEqualTo(43);
			assertThat(oit.getPaneInformation().isFreezePane()).isTrue();
			assertThat(oit.getCTWorksheet().isSetAutoFilter()).isTrue();
			for (SeedReport.Item item : seed.items()) {
				var row = oit.getRow(item.number());
				assertThat(row.getCell(3).getStringCellValue()).isEqualTo(item.title());
				assertThat(row.getCell(4).getCellStyle().getWrapText()).isTrue();
				assertThat(row.getHeightInPoints()).isGreaterThan(15f * item.components().size());
			}
			assertThat(book.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo(seed.measures().get(0).name());
		}
	}

	@Test
	void pdfTextHoldsTheSeedsHeadingsAndEveryItemTitle() throws Exception {
		SeedReport seed = ExportReading.seed();
		List<String> pages = ExportReading.pdfPages(export(ExportFormat.PDF, true));
		String text = String.join("\n", pages);
		assertThat(text).contains("ผู้รับผิดชอบ", "ที่", "ดำเนินการ", "ประเด็นการประเมิน OIT", "๙๑.๔๕");
		String squeezed = ExportReading.squeeze(text);
		for (SeedReport.Item item : seed.items()) {
			assertThat(squeezed).as(item.code()).contains(ExportReading.squeeze(item.title()));
		}
		assertThat(ExportReading.squeeze(seed.measures().get(0).name())).isSubstringOf(squeezed);
		assertThat(pages).allSatisfy(p -> assertThat(p).contains("ผู้รับผิดชอบ", "หน้า").doesNotContain("ฉบับร่าง"));
	}

	@Test
	void csvIsAZipOfUtf8FilesWithByteOrderMarks() throws Exception {
		int files = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(export(ExportFormat.CSV, true)))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				byte[] bytes = zip.readAllBytes();
				assertThat(bytes).startsWith(Csv.BOM);
				assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("ผู้รับผิดชอบ");
				files++;
			}
		}
		assertThat(files).isEqualTo(3);
	}

	/** At the demo agency's first host name, with the request's scheme and port (a test's: http, 80). */
	@Test
	void answerSheetListsEveryItemsPermanentUrl() throws Exception {
		byte[] csv = export(ExportFormat.ANSWERS_CSV, true);
		assertThat(csv).startsWith(Csv.BOM);
		List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(44);
		assertThat(lines.get(12)).startsWith("O12,").contains(",http://localhost/ita/2566/oit/o12,");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export(ExportFormat.ANSWERS_XLSX, true)))) {
			assertThat(book.getSheetAt(0).getRow(43).getCell(2).getStringCellValue())
				.isEqualTo("http://localhost/ita/2566/oit/o43");
		}
	}

}
