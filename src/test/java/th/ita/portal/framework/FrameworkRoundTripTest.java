package th.ita.portal.framework;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import th.ita.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 2566 framework exported as CSV and as XLSX re-imports to the identical structure, and the
 * re-import exports to the same file again.
 */
@PortalTest
class FrameworkRoundTripTest extends FrameworkAdminTestBase {

	@Test
	void theCsvOf2566ReimportsToTheIdenticalStructure() throws Exception {
		long seed = seedId();
		byte[] exported = download("/staff/admin/frameworks/" + seed + ".csv");
		assertThat(new String(exported, StandardCharsets.UTF_8)).startsWith("\uFEFF" + String.join(",", FrameworkColumns.HEADER) + "\r\n");

		MvcResult result = importFile("2566", "ITA 2566 นำเข้าซ้ำจาก CSV (ทดสอบ)", csv("framework-2566.csv",
				new String(exported, StandardCharsets.UTF_8)));

		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		long copy = imported(result);
		assertThat(structure(copy)).hasSize(structure(seed).size()).isEqualTo(structure(seed));
		assertThat(jdbc.queryForObject("select count(*) from oit_item where framework_id = ?", Integer.class, copy))
			.isEqualTo(43);
		assertThat(download("/staff/admin/frameworks/" + copy + ".csv")).isEqualTo(exported);
		assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'FRAMEWORK_IMPORTED' and subject like ?",
				Integer.class, "framework " + copy + " 2566 ITA 2566 นำเข้าซ้ำจาก CSV (ทดสอบ): 10 indicators, 7 sub-indicators, 43 items, %"))
			.isEqualTo(1);
	}

	@Test
	void theXlsxOf2566ReimportsToTheIdenticalStructure() throws Exception {
		long seed = seedId();
		byte[] exported = download("/staff/admin/frameworks/" + seed + ".xlsx");

		MvcResult result = importFile("๒๕๖๖", "ITA 2566 นำเข้าซ้ำจาก XLSX (ทดสอบ)", file("framework-2566.xlsx", exported));

		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		long copy = imported(result);
		assertThat(jdbc.queryForObject("select fiscal_year from framework where id = ?", Integer.class, copy)).isEqualTo(2566);
		assertThat(structure(copy)).isEqualTo(structure(seed));
		List<FileRow> again = FrameworkXlsx.read(download("/staff/admin/frameworks/" + copy + ".xlsx"), new ArrayList<>());
		assertThat(again).isEqualTo(FrameworkXlsx.read(exported, new ArrayList<>()));
	}

	@Test
	void theFrameworkPageShowsItsStructure() throws Exception {
		Document page = page("/staff/admin/frameworks/" + seedId());
		assertThat(page.select("h1").text()).isEqualTo("ITA ประจำปีงบประมาณ พ.ศ. 2566");
		assertThat(page.select("#summary").text()).isEqualTo("ตัวชี้วัด 10 ตัว ตัวชี้วัดย่อย 7 ตัว ข้อ OIT 43 ข้อ องค์ประกอบ "
				+ jdbc.queryForObject("select count(*) from oit_item_component c join oit_item i on i.id = c.item_id "
						+ "where i.framework_id = ?", Integer.class, seedId()) + " รายการ");
		assertThat(page.select("table.indicators tbody tr")).hasSize(10);
		assertThat(page.select("h3").eachText()).startsWith("9.1 ข้อมูลพื้นฐาน").hasSize(7);
		assertThat(page.select("table.items th[scope=row]").eachText()).hasSize(43).startsWith("o1", "o2");
		assertThat(page.select("#used").text()).contains("ใช้ในรายงานประจำปี 1 ฉบับ");
	}

}
