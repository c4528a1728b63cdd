package th.ita.portal.support;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A TEST SAMPLE, not any year's real ITA framework: a framework shaped unlike 2566 (23 items
 * coded {@code O1}–{@code O23} in capitals, in seven sub-indicators of indicators 9 and 10, other
 * topic headings, one item without components, IIT and EIT indicators of its own), and the demo
 * agency's report on it, with a disclosure for every item, one measure and one plan as drafts.
 * Its texts say that they are a sample. Built with SQL, as a year is opened, in the test's own
 * database; the caller publishes it.
 */
public final class SampleYear {

	/** Older than the demo year, so that {@code /} still shows the demo year. */
	public static final int YEAR = 2564;

	public static final String NAME = "ตัวอย่างสำหรับทดสอบ (ไม่ใช่กรอบของ ป.ป.ช.)";

	public static final int ITEMS = 23;

	/** The item without components. */
	public static final String BARE_ITEM = "O23";

	/** The sub-indicators: code, name, and how many items each holds (23 in all). */
	public static final List<Sub> SUBINDICATORS = List.of(new Sub(9, "9.1", "ตัวอย่าง ข้อมูลหน่วยงาน", 4),
			new Sub(9, "9.2", "ตัวอย่าง การบริหารงาน", 3), new Sub(9, "9.3", "ตัวอย่าง งบประมาณ", 4),
			new Sub(9, "9.4", "ตัวอย่าง การจัดซื้อจัดจ้าง", 3), new Sub(10, "10.1", "ตัวอย่าง การป้องกันการทุจริต", 3),
			new Sub(10, "10.2", "ตัวอย่าง มาตรการภายใน", 3), new Sub(10, "10.3", "ตัวอย่าง การส่งเสริมความโปร่งใส", 3));

	/** A sub-indicator of the sample. */
	public record Sub(int indicator, String code, String name, int items) {
	}

	private final JdbcTemplate jdbc;

	public SampleYear(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The item codes in order: O1 … O23. */
	public static List<String> codes() {
		List<String> codes = new ArrayList<>();
		for (int n = 1; n <= ITEMS; n++) {
			codes.add("O" + n);
		}
		return codes;
	}

	/** The topic heading of the sample's item n: two per sub-indicator except 9.4, which has none. */
	public static String topic(Sub sub, int indexInSub) {
		return sub.code().equals("9.4") ? null
				: "หัวข้อตัวอย่าง " + sub.code() + (indexInSub < 2 ? " ก" : " ข");
	}

	public static String title(int n) {
		return "ข้อตัวอย่างที่ " + n + " (ข้อมูลทดสอบ)";
	}

	/** The components of item n: none for the last, one to three otherwise, the second a sub-entry. */
	public static List<String> components(int n) {
		List<String> components = new ArrayList<>();
		if (n == ITEMS) {
			return components;
		}
		for (int c = 1; c <= 1 + n % 3; c++) {
			components.add("องค์ประกอบตัวอย่าง " + n + "." + c);
		}
		return components;
	}

	/** Inserts the framework and the agency's report on it, with drafts; returns the report's id. */
	public long build() {
		long framework = id("insert into framework (fiscal_year, name, variant) values (?, ?, 'ทดสอบ') returning id",
				YEAR, NAME);
		long iit = id("insert into indicator (framework_id, number, name, tool) values (?, 1, ?, 'IIT') returning id",
				framework, "ตัวอย่าง การปฏิบัติงาน");
		id("insert into indicator (framework_id, number, name, tool) values (?, 2, ?, 'IIT') returning id", framework,
				"ตัวอย่าง การใช้ทรัพย์สิน");
		id("insert into indicator (framework_id, number, name, tool) values (?, 3, ?, 'EIT') returning id", framework,
				"ตัวอย่าง คุณภาพการดำเนินงาน");
		long ind9 = id("insert into indicator (framework_id, number, name, tool) values (?, 9, ?, 'OIT') returning id",
				framework, "ตัวอย่าง การเปิดเผยข้อมูล");
		long ind10 = id("insert into indicator (framework_id, number, name, tool) values (?, 10, ?, 'OIT') returning id",
				framework, "ตัวอย่าง การป้องกันการทุจริต");
		int n = 0;
		int position = 0;
		for (Sub sub : SUBINDICATORS) {
			long subId = id("insert into oit_subindicator (indicator_id, code, name, position) values (?, ?, ?, ?) returning id",
					sub.indicator() == 9 ? ind9 : ind10, sub.code(), sub.name(), ++position);
			List<String> topics = new ArrayList<>();
			List<Long> topicIds = new ArrayList<>();
			for (int i = 0; i < sub.items(); i++) {
				n++;
				String topic = topic(sub, i);
				Long topicId = null;
				if (topic != null) {
					if (!topics.contains(topic)) {
						topics.add(topic);
						topicIds.add(id("insert into oit_topic (subindicator_id, name, position) values (?, ?, ?) returning id",
								subId, topic, topics.size()));
					}
					topicId = topicIds.get(topics.indexOf(topic));
				}
				long item = id("""
						insert into oit_item (framework_id, subindicator_id, topic_id, number, code, title)
						values (?, ?, ?, ?, ?, ?) returning id""", framework, subId, topicId, n, "O" + n, title(n));
				List<String> components = components(n);
				for (int c = 0; c < components.size(); c++) {
					this.jdbc.update("insert into oit_item_component (item_id, position, text, depth) values (?, ?, ?, ?)",
							item, c + 1, components.get(c), c == 1 ? 1 : 0);
				}
			}
		}
		long report = id("""
				insert into report (agency_id, framework_id) select a.id, ? from agency a where a.is_default returning id""",
				framework);
		this.jdbc.update("""
				insert into oit_disclosure (report_id, item_id, status, progress)
				select ?, i.id, case when i.number % 2 = 0 then 'DONE' else 'NOT_STARTED' end,
				  '<p>ความก้าวหน้าตัวอย่างของ ' || i.code || '</p>'
				from oit_item i where i.framework_id = ?""", report, framework);
		this.jdbc.update("""
				insert into oit_disclosure_unit (disclosure_id, unit_id, position)
				select d.id, u.id, 1 from oit_disclosure d join report r on r.id = d.report_id
				join unit u on u.agency_id = r.agency_id where r.id = ? and u.name = 'สำนักปลัด'""", report);
		this.jdbc.update("""
				insert into measure (report_id, unit_id, position, name, status)
				select r.id, u.id, 1, 'มาตรการตัวอย่าง', 'DONE' from report r
				join unit u on u.agency_id = r.agency_id where r.id = ? and u.name = 'สำนักปลัด'""", report);
		this.jdbc.update("""
				insert into indicator_plan (report_id, indicator_id, unit_id, status)
				select r.id, ?, u.id, 'DONE' from report r
				join unit u on u.agency_id = r.agency_id where r.id = ? and u.name = 'สำนักปลัด'""", iit, report);
		return report;
	}

	private long id(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

}
