package th.ita.portal.framework;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import th.ita.portal.framework.FrameworkTree.ComponentNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The rules of a framework file, row by row. The rows here are a small test sample, not any
 * year's real framework.
 */
class FrameworkRowParserTest {

	static final String HEADER = String.join(",", FrameworkColumns.HEADER);

	static final String IIT = "1,การปฏิบัติหน้าที่ (ตัวอย่างทดสอบ),IIT,,,,,,,";

	static final String OIT = "9,การเปิดเผยข้อมูล (ตัวอย่างทดสอบ),OIT,9.1,ข้อมูลพื้นฐาน (ตัวอย่าง),";

	List<ImportProblem> problems = new ArrayList<>();

	FrameworkTree parse(String... rows) {
		String text = HEADER + "\n" + String.join("\n", rows) + "\n";
		return FrameworkRowParser.parse(FrameworkCsv.read(text.getBytes(StandardCharsets.UTF_8), this.problems),
				this.problems);
	}

	List<Tuple> problems() {
		return this.problems.stream().map(p -> tuple(p.row(), p.column(), p.reason().substring(ImportProblem.PREFIX.length())))
			.toList();
	}

	@Test
	void aGoodFileBecomesATree() {
		FrameworkTree tree = parse(IIT, OIT + "หัวข้อ ก,O1,ข้อแรก,องค์ประกอบหนึ่ง,0", OIT + "หัวข้อ ก,O1,ข้อแรก,ย่อย,1",
				OIT + ",O2,ข้อสอง,,", "9,การเปิดเผยข้อมูล (ตัวอย่างทดสอบ),OIT,9.2,ย่อยสอง,,o3,ข้อสาม,,0");
		assertThat(this.problems).isEmpty();
		assertThat(tree.indicators()).hasSize(2);
		assertThat(tree.subindicatorCount()).isEqualTo(2);
		assertThat(tree.itemCount()).isEqualTo(3);
		var o1 = tree.indicators().get(1).subindicators().get(0).items().get(0);
		assertThat(o1.topic()).isEqualTo("หัวข้อ ก");
		assertThat(o1.components()).containsExactly(new ComponentNode("องค์ประกอบหนึ่ง", 0), new ComponentNode("ย่อย", 1));
		assertThat(tree.indicators().get(1).subindicators().get(0).items().get(1).components()).isEmpty();
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', textBlock = """
			2,การใช้งบประมาณ,IIT,,,,O1,ข้อ,,                                       | item-under-survey        | item
			6,คุณภาพ,EIT,6.1,,,,,,                                                  | survey-cell              | subindicator
			1,การปฏิบัติหน้าที่,XYZ,,,,,,,                                          | unknown-tool             | tool
			x,การปฏิบัติหน้าที่,IIT,,,,,,,                                          | bad-indicator            | indicator
			2,,IIT,,,,,,,                                                           | missing-indicator-name   | indicator_name
			9,การเปิดเผยข้อมูล,OIT,,ย่อย,,O1,ข้อ,ก,0                               | missing-subindicator     | subindicator
			9,การเปิดเผยข้อมูล,OIT,9-1,ย่อย,,O1,ข้อ,ก,0                            | bad-subindicator         | subindicator
			9,การเปิดเผยข้อมูล,OIT,10.1,ย่อย,,O1,ข้อ,ก,0                           | subindicator-indicator   | subindicator
			9,การเปิดเผยข้อมูล,OIT,9.1,,,O1,ข้อ,ก,0                                | missing-subindicator-name | subindicator_name
			9,การเปิดเผยข้อมูล,OIT,9.1,ย่อย,,,ข้อ,ก,0                              | missing-item             | item
			9,การเปิดเผยข้อมูล,OIT,9.1,ย่อย,,P1,ข้อ,ก,0                            | bad-item-code            | item
			9,การเปิดเผยข้อมูล,OIT,9.1,ย่อย,,O1,,ก,0                               | missing-title            | item_title
			9,การเปิดเผยข้อมูล,OIT,9.1,ย่อย,,O1,ข้อ,ก,2                            | bad-depth                | depth
			9,การเปิดเผยข้อมูล,OIT,9.1,ย่อย,,O1,ข้อ,ก,                             | bad-depth                | depth
			9,การเปิดเผยข้อมูล,OIT,9.1,ย่อย,,O1,ข้อ,ก                              | cell-count               | ''
			""")
	void aBadRowIsNamedWithItsColumnAndReason(String row, String reason, String column) {
		parse(IIT, row.strip());
		assertThat(problems()).containsExactly(tuple(3, column, reason));
	}

	@Test
	void everyBadRowIsListedNotOnlyTheFirst() {
		parse(IIT, "1,การปฏิบัติหน้าที่ (ตัวอย่างทดสอบ),IIT,,,,,,,", OIT + ",O1,ข้อ,ก,0", OIT + ",o1,ข้ออื่น,ข,0",
				OIT + ",O2,ข้อ,ก,5", "9,ชื่ออื่น,OIT,9.1,ข้อมูลพื้นฐาน (ตัวอย่าง),,O3,ข้อ,ก,0",
				OIT + ",O4,ข้อสี่,,0", OIT + ",O4,ข้อสี่,ต่อ,0");
		assertThat(problems()).containsExactly(tuple(3, "indicator", "duplicate-indicator"),
				tuple(5, "item", "duplicate-item"), tuple(6, "depth", "bad-depth"),
				tuple(7, "indicator_name", "indicator-name-differs"), tuple(9, "component", "missing-component"));
	}

	@Test
	void theRowsOfAnItemAgreeOnTitleAndTopic() {
		parse(OIT + "หัวข้อ,O1,ข้อ,ก,0", OIT + "หัวข้อ,O1,ชื่อใหม่,ข,0", OIT + "อื่น,O1,ข้อ,ค,0");
		assertThat(problems()).containsExactly(tuple(3, "item_title", "title-differs"), tuple(4, "topic", "topic-differs"));
	}

	@Test
	void aSubindicatorsRowsAreTogether() {
		parse(OIT + ",O1,ข้อ,ก,0", "9,การเปิดเผยข้อมูล (ตัวอย่างทดสอบ),OIT,9.2,สอง,,O2,ข้อ,ก,0", OIT + ",O3,ข้อ,ก,0");
		assertThat(problems()).containsExactly(tuple(4, "subindicator", "subindicator-not-together"));
	}

	@Test
	void theHeaderIsExact() {
		FrameworkTree tree = FrameworkRowParser.parse(
				List.of(new FileRow(1, List.of("indicator", "name", "tool")), new FileRow(2, List.of("1", "x", "IIT"))),
				this.problems);
		assertThat(tree).isNull();
		assertThat(problems()).containsExactly(tuple(1, "", "wrong-header"));
	}

	@Test
	void aHeaderAloneOrNothingIsRefused() {
		FrameworkRowParser.parse(List.of(new FileRow(1, FrameworkColumns.HEADER)), this.problems);
		FrameworkRowParser.parse(List.of(new FileRow(1, List.of("", ""))), this.problems);
		assertThat(problems()).containsExactly(tuple(0, "file", "no-rows"), tuple(0, "file", "empty"));
	}

	@Test
	void controlCharactersAndOverlongTextAreRefused() {
		parse(OIT + ",O1,ข้อ\u0001,ก,0", OIT + ",O2," + "ก".repeat(501) + ",ก,0");
		assertThat(problems()).containsExactly(tuple(2, "item_title", "control-character"), tuple(3, "item_title", "too-long"));
	}

}
