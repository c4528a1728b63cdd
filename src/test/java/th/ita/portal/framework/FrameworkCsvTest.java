package th.ita.portal.framework;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV reader follows RFC 4180 and reads what the writer writes, Thai text included. */
class FrameworkCsvTest {

	static List<FileRow> read(String text, List<ImportProblem> problems) {
		return FrameworkCsv.read(text.getBytes(StandardCharsets.UTF_8), problems);
	}

	@Test
	void quotedFieldsHoldCommasQuotesAndLineBreaks() {
		List<ImportProblem> problems = new ArrayList<>();
		List<FileRow> rows = read("a,\"b, c\",\"say \"\"ผ่าน\"\"\"\r\n\"line 1\nline 2\",,ไทย\n9,\"\",x", problems);
		assertThat(problems).isEmpty();
		assertThat(rows).extracting(FileRow::cells)
			.containsExactly(List.of("a", "b, c", "say \"ผ่าน\""), List.of("line 1\nline 2", "", "ไทย"),
					List.of("9", "", "x"));
		assertThat(rows).extracting(FileRow::number).containsExactly(1, 2, 3);
	}

	@Test
	void aByteOrderMarkIsSkippedAndATrailingLineBreakEndsNothing() {
		List<ImportProblem> problems = new ArrayList<>();
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] body = "indicator,x\r\n1,y\r\n".getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, all, 0, 3);
		System.arraycopy(body, 0, all, 3, body.length);
		List<FileRow> rows = FrameworkCsv.read(all, problems);
		assertThat(rows).extracting(FileRow::cells).containsExactly(List.of("indicator", "x"), List.of("1", "y"));
	}

	@Test
	void anUnclosedQuoteIsAProblemOfItsRow() {
		List<ImportProblem> problems = new ArrayList<>();
		read("a,b\n1,\"open\n2,3\n", problems);
		assertThat(problems).extracting(ImportProblem::row, ImportProblem::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "framework.problem.unclosed-quote"));
	}

	@Test
	void aStrayQuoteIsAProblemOfItsRow() {
		List<ImportProblem> problems = new ArrayList<>();
		read("a,b\n1,x\"y\n\"q\"z,2\n", problems);
		assertThat(problems).extracting(ImportProblem::row).containsExactly(2, 3);
		assertThat(problems).extracting(ImportProblem::reason).containsOnly("framework.problem.bad-quote");
	}

	@Test
	void textThatIsNotUtf8IsRefused() {
		List<ImportProblem> problems = new ArrayList<>();
		FrameworkCsv.read("ตัวชี้วัด".getBytes(java.nio.charset.Charset.forName("TIS-620")), problems);
		assertThat(problems).extracting(ImportProblem::reason).containsExactly("framework.problem.not-utf8");
	}

	@Test
	void writtenRowsReadBackTheSameEvenWhenTheyLookLikeFormulas() {
		List<List<String>> rows = List.of(
				List.of("9", "การเปิดเผยข้อมูล", "OIT", "9.1", "ข้อมูลพื้นฐาน", "", "o1", "โครงสร้าง, \"ผัง\"",
						"- แผนผัง\nสองบรรทัด", "0"),
				List.of("9", "การเปิดเผยข้อมูล", "OIT", "9.1", "ข้อมูลพื้นฐาน", "", "o1", "โครงสร้าง, \"ผัง\"",
						"=HYPERLINK(\"x\")", "1"));
		List<ImportProblem> problems = new ArrayList<>();
		String text = new String(FrameworkCsv.write(rows), StandardCharsets.UTF_8);
		assertThat(text).contains("'=HYPERLINK").contains("\"'- แผนผัง\nสองบรรทัด\"");
		List<FileRow> read = FrameworkCsv.read(FrameworkCsv.write(rows), problems);
		assertThat(problems).isEmpty();
		assertThat(read).extracting(FileRow::cells).containsExactly(FrameworkColumns.HEADER, rows.get(0), rows.get(1));
	}

}
