package th.ita.portal.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import th.ita.portal.evidence.EvidenceEditing;
import th.ita.portal.evidence.EvidenceUploads;
import th.ita.portal.evidence.TestFiles;
import th.ita.portal.publishing.YearPublisher;
import th.ita.portal.report.Audience;
import th.ita.portal.report.PublishedReports;
import th.ita.portal.user.Role;
import th.ita.portal.user.StaffPrincipal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two years the statement budgets compare, built once in a database of their own.
 * <ul>
 * <li>{@link #BIG}: the demo year, its 43 OIT items each given five pieces of evidence (a PDF, a
 * link, a PNG, a link, a Word file) through the evidence service, as staff add them, then
 * published: 215 public copies, 129 of them files in the storage directory.
 * <li>{@link #TINY}: a year of the same agency with one OIT item, no evidence, one measure and one
 * plan, written as drafts and published by the portal.
 * <li>{@link #SAMPLE}: a year on a framework shaped unlike 2566 ({@link SampleYear}, a test
 * sample: 23 items O1–O23 in seven sub-indicators, other topics, one item without components),
 * each item given a link and a PDF through the evidence service, then published.
 * </ul>
 * The tiny and sample years are older, so {@code /} shows the big year.
 */
public final class BudgetYears {

	public static final int BIG = 2566;

	public static final int TINY = 2565;

	public static final int BIG_ITEMS = 43;

	/** The year on the test sample framework, shaped unlike 2566. */
	public static final int SAMPLE = SampleYear.YEAR;

	/** Of each sample item's two pieces of evidence, the files. */
	public static final int SAMPLE_FILES_PER_ITEM = 1;

	/** The evidence files on disk when the years are built. */
	public static final int FILES = 43 * 3 + SampleYear.ITEMS * SAMPLE_FILES_PER_ITEM;

	public static final int EVIDENCE_PER_ITEM = 5;

	/** Of each item's five pieces, the files (the others are links). */
	public static final int FILES_PER_ITEM = 3;

	private static final String TINY_YEAR_SQL = """
			insert into framework (fiscal_year, name) values (2565, 'ปีที่มีข้อเดียว');
			insert into indicator (framework_id, number, name, tool)
			  select id, 1, 'การปฏิบัติหน้าที่', 'IIT' from framework where fiscal_year = 2565
			  union all select id, 9, 'การเปิดเผยข้อมูล', 'OIT' from framework where fiscal_year = 2565;
			insert into oit_subindicator (indicator_id, code, name, position)
			  select i.id, '9.1', 'ข้อมูลพื้นฐาน', 1 from indicator i join framework f on f.id = i.framework_id
			  where f.fiscal_year = 2565 and i.number = 9;
			insert into oit_item (framework_id, subindicator_id, number, code, title)
			  select f.id, s.id, 1, 'o1', 'โครงสร้าง' from framework f
			  join indicator i on i.framework_id = f.id join oit_subindicator s on s.indicator_id = i.id
			  where f.fiscal_year = 2565;
			insert into oit_item_component (item_id, position, text)
			  select i.id, 1, 'แผนผังแสดงโครงสร้างการแบ่งส่วนราชการ' from oit_item i
			  join framework f on f.id = i.framework_id where f.fiscal_year = 2565;
			insert into report (agency_id, framework_id)
			  select a.id, f.id from agency a, framework f where a.is_default and f.fiscal_year = 2565;
			insert into oit_disclosure (report_id, item_id, status, progress)
			  select r.id, i.id, 'DONE', '<p>เผยแพร่แล้ว</p>' from report r
			  join oit_item i on i.framework_id = r.framework_id join framework f on f.id = r.framework_id
			  where f.fiscal_year = 2565;
			insert into oit_disclosure_unit (disclosure_id, unit_id, position)
			  select d.id, u.id, 1 from oit_disclosure d join report r on r.id = d.report_id
			  join framework f on f.id = r.framework_id join unit u on u.agency_id = r.agency_id
			  where f.fiscal_year = 2565 and u.name = 'สำนักปลัด';
			insert into measure (report_id, unit_id, position, name, status)
			  select r.id, u.id, 1, 'มาตรการเดียว', 'DONE' from report r join framework f on f.id = r.framework_id
			  join unit u on u.agency_id = r.agency_id where f.fiscal_year = 2565 and u.name = 'สำนักปลัด';
			insert into indicator_plan (report_id, indicator_id, unit_id, status)
			  select r.id, i.id, u.id, 'DONE' from report r join framework f on f.id = r.framework_id
			  join indicator i on i.framework_id = f.id join unit u on u.agency_id = r.agency_id
			  where f.fiscal_year = 2565 and i.number = 1 and u.name = 'สำนักปลัด';
			""";

	private final JdbcTemplate jdbc;

	private final EvidenceEditing evidence;

	private final EvidenceUploads uploads;

	private final PublishedReports reports;

	private final YearPublisher publisher;

	public BudgetYears(JdbcTemplate jdbc, EvidenceEditing evidence, EvidenceUploads uploads, PublishedReports reports,
			YearPublisher publisher) {
		this.jdbc = jdbc;
		this.evidence = evidence;
		this.uploads = uploads;
		this.reports = reports;
		this.publisher = publisher;
	}

	/** Builds both years, unless this database has them already. */
	public void buildOnce() throws IOException {
		if (count("select count(*) from framework where fiscal_year = " + TINY) > 0) {
			return;
		}
		StaffPrincipal admin = new StaffPrincipal(null, "budget-admin", "ผู้ดูแลระบบ", "", true, false,
				Set.of(Role.ADMIN), Set.of());
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		try {
			for (String code : codes(BIG)) {
				addEvidence(code);
			}
			this.publisher.publishAll(this.reports.ofYear(BIG, Audience.STAFF).report());
			this.jdbc.execute(TINY_YEAR_SQL);
			this.publisher.publishAll(this.reports.ofYear(TINY, Audience.STAFF).report());
			new SampleYear(this.jdbc).build();
			for (String code : codes(SAMPLE)) {
				this.evidence.addLink(SAMPLE, code, "หลักฐานตัวอย่าง " + code + "-1", "https://www.example.go.th/sample/" + code);
				this.uploads.addFile(SAMPLE, code, "หลักฐานตัวอย่าง " + code + "-2", "คำสั่ง.pdf",
						new ByteArrayInputStream(TestFiles.pdf()));
			}
			this.publisher.publishAll(this.reports.ofYear(SAMPLE, Audience.STAFF).report());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		check();
	}

	/** The codes of a year's items, in order. */
	public List<String> codes(int year) {
		return this.jdbc.queryForList("""
				select i.code from oit_item i join framework f on f.id = i.framework_id
				where f.fiscal_year = ? order by i.number""", String.class, year);
	}

	private void addEvidence(String code) throws IOException {
		String title = "หลักฐาน " + code + "-";
		file(code, title + 1, "คำสั่ง.pdf", TestFiles.pdf());
		this.evidence.addLink(BIG, code, title + 2, "https://www.example.go.th/" + code + "/2");
		file(code, title + 3, "ภาพ.png", TestFiles.png());
		this.evidence.addLink(BIG, code, title + 4, "https://data.example.go.th/" + code + "/4");
		file(code, title + 5, "รายงาน.docx", TestFiles.docx());
	}

	private void file(String code, String title, String name, byte[] content) throws IOException {
		this.uploads.addFile(BIG, code, title, name, new ByteArrayInputStream(content));
	}

	private void check() {
		assertThat(published(BIG, "count(*)")).isEqualTo(BIG_ITEMS * EVIDENCE_PER_ITEM);
		assertThat(published(BIG, "count(*) filter (where e.kind = 'FILE')")).isEqualTo(BIG_ITEMS * FILES_PER_ITEM);
		assertThat(published(BIG, "count(distinct e.disclosure_id)")).isEqualTo(BIG_ITEMS);
		assertThat(codes(TINY)).containsExactly("o1");
		assertThat(published(TINY, "count(*)")).isZero();
		assertThat(codes(SAMPLE)).isEqualTo(SampleYear.codes());
		assertThat(published(SAMPLE, "count(*)")).isEqualTo(SampleYear.ITEMS * 2);
		assertThat(count("""
				select count(*) from oit_disclosure_pub p join report r on r.id = p.report_id
				join framework f on f.id = r.framework_id where f.fiscal_year = 2565""")).isEqualTo(1);
		assertThat(count("""
				select count(*) from oit_disclosure where published_version is distinct from version
				or evidence_changed_at > published_at""")).as("disclosures with unpublished changes").isZero();
	}

	/** Counts the public copies of a year's evidence. */
	private long published(int year, String what) {
		return this.jdbc.queryForObject("""
				select %s from evidence_pub e join oit_disclosure d on d.id = e.disclosure_id
				join report r on r.id = d.report_id join framework f on f.id = r.framework_id
				where f.fiscal_year = ?""".formatted(what), Long.class, year);
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
