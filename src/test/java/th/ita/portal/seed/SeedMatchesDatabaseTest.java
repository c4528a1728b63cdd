package th.ita.portal.seed;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import th.ita.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeded framework and demo report match the agency's own FY 2566 report
 * (src/test/resources/seed/bangsaothong-2566.txt), parsed afresh, item by item and text by text.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedMatchesDatabaseTest {

	@Autowired
	JdbcTemplate jdbc;

	SeedReport seed;

	@BeforeAll
	void parseTheSeed() throws Exception {
		try (InputStream in = getClass().getResourceAsStream("/seed/bangsaothong-2566.txt")) {
			this.seed = SeedReport.parse(in);
		}
	}

	@Test
	void theSeedItselfHasTheKnownShape() {
		assertThat(this.seed.measures()).hasSize(3);
		assertThat(this.seed.plans()).hasSize(8);
		assertThat(this.seed.items()).hasSize(43);
		assertThat(this.seed.subIndicators()).extracting(SeedReport.SubIndicator::code)
			.containsExactly("9.1", "9.2", "9.3", "9.4", "9.5", "10.1", "10.2");
		assertThat(this.seed.overallScore()).isEqualByComparingTo("91.45");
		assertThat(this.seed.item(1).title()).isEqualTo("โครงสร้าง");
		assertThat(this.seed.item(2).components()).extracting(SeedReport.Component::text)
			.containsExactly("แสดงข้อมูลของผู้บริหารสูงสุดหรือหน่วยงาน และผู้ดำรงตำแหน่งการบริหารของหน่วยงาน",
					"แสดงข้อมูล อย่างน้อยประกอบด้วย ชื่อ - นามสกุล ตำแหน่งรูปถ่าย และช่องทางการติดต่อของผู้บริหารแต่ละคน");
	}

	@Nested
	class Framework {

		@Test
		void indicatorsKeepTheirNamesAndTools() {
			List<Map<String, Object>> rows = jdbc.queryForList("""
					select i.number, i.name, i.tool from indicator i join framework f on f.id = i.framework_id
					where f.fiscal_year = 2566 order by i.number""");
			assertThat(rows).hasSize(10);
			for (SeedReport.Plan plan : seed.plans()) {
				Map<String, Object> row = rows.get(plan.indicatorNumber() - 1);
				assertThat(row.get("name")).isEqualTo(plan.indicatorName());
				assertThat(row.get("tool")).isEqualTo(plan.indicatorNumber() <= 5 ? "IIT" : "EIT");
			}
			assertThat(rows.subList(8, 10)).extracting(r -> r.get("tool")).containsOnly("OIT");
		}

		@Test
		void subindicatorsAndTopicsAreTheSeeds() {
			for (SeedReport.SubIndicator sub : seed.subIndicators()) {
				assertThat(jdbc.queryForObject("select name from oit_subindicator where code = ?", String.class,
						sub.code()))
					.isEqualTo(sub.name());
				List<String> topics = jdbc.queryForList("""
						select t.name from oit_topic t join oit_subindicator s on s.id = t.subindicator_id
						where s.code = ? order by t.position""", String.class, sub.code());
				assertThat(topics).as(sub.code())
					.containsExactlyElementsOf(sub.topics().stream().map(SeedReport.Topic::name).filter(n -> n != null).toList());
			}
		}

		@Test
		void everyItemHasTheSeedsTitleSubindicatorTopicAndComponents() {
			for (SeedReport.SubIndicator sub : seed.subIndicators()) {
				for (SeedReport.Topic topic : sub.topics()) {
					for (SeedReport.Item item : topic.items()) {
						Map<String, Object> row = jdbc.queryForMap("""
								select i.title, s.code as sub, t.name as topic from oit_item i
								join oit_subindicator s on s.id = i.subindicator_id left join oit_topic t on t.id = i.topic_id
								where i.code = ?""", item.code());
						assertThat(row.get("title")).as(item.code()).isEqualTo(item.title());
						assertThat(row.get("sub")).as(item.code()).isEqualTo(sub.code());
						assertThat(row.get("topic")).as(item.code()).isEqualTo(topic.name());
						List<SeedReport.Component> components = jdbc.query("""
								select c.depth, c.text from oit_item_component c join oit_item i on i.id = c.item_id
								where i.code = ? order by c.position""",
								(rs, n) -> new SeedReport.Component(rs.getInt(1), rs.getString(2)), item.code());
						assertThat(components).as(item.code()).containsExactlyElementsOf(item.components());
					}
				}
			}
			assertThat(jdbc.queryForObject("select count(*) from oit_item", Integer.class)).isEqualTo(43);
		}

	}

	@Nested
	class DemoReport {

		@Test
		void agencyAndScore() {
			Map<String, Object> row = jdbc.queryForMap("""
					select a.name, a.district, a.province, r.overall_score, r.result from report r
					join agency a on a.id = r.agency_id join framework f on f.id = r.framework_id where f.fiscal_year = 2566""");
			assertThat(row.get("name")).isEqualTo(seed.agency()).isEqualTo("องค์การบริหารส่วนตำบลบางเสาธง");
			assertThat(row.get("district")).isEqualTo(seed.district());
			assertThat(row.get("province")).isEqualTo(seed.province());
			assertThat((BigDecimal) row.get("overall_score")).isEqualByComparingTo(seed.overallScore());
			assertThat(row.get("result")).isEqualTo("ผ่าน");
		}

		@Test
		void measuresWithEveryColumn() {
			List<SeedReport.Measure> measures = jdbc.query(
					"select position, name, method, period, responsible, summary, outcome from measure order by position",
					(rs, n) -> new SeedReport.Measure(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getString(5), rs.getString(6), rs.getString(7)));
			assertThat(measures).containsExactlyElementsOf(seed.measures());
			assertThat(measures.get(1).responsible()).isEqualTo("๑.เจ้าหน้าที่ประชาสัมพันธ์\n๒.สำนักปลัด กองคลัง กองช่าง กองการศึกษา");
		}

		@Test
		void indicatorPlans() {
			List<SeedReport.Plan> plans = jdbc.query("""
					select i.number, i.name, p.guideline, p.responsible, p.period, p.status, p.progress
					from indicator_plan p join indicator i on i.id = p.indicator_id order by i.number""",
					(rs, n) -> new SeedReport.Plan(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getString(5), rs.getString(6), rs.getString(7)));
			assertThat(plans).containsExactlyElementsOf(seed.plans());
		}

		@Test
		void all43DisclosuresWithUnitsStatusAndProgress() {
			for (SeedReport.Item item : seed.items()) {
				Map<String, Object> row = jdbc.queryForMap("""
						select d.status, d.progress, p.status as pub_status, p.progress as pub_progress, p.responsible
						from oit_disclosure d join oit_item i on i.id = d.item_id
						join oit_disclosure_pub p on p.disclosure_id = d.id where i.code = ?""", item.code());
				assertThat(row.get("status")).as(item.code()).isEqualTo(item.status()).isEqualTo(row.get("pub_status"));
				assertThat(row.get("progress")).as(item.code()).isEqualTo(item.progress()).isEqualTo(row.get("pub_progress"));
				assertThat(row.get("responsible")).as(item.code()).isEqualTo(String.join(", ", item.units()));
				List<String> units = jdbc.queryForList("""
						select u.name from oit_disclosure_unit du join unit u on u.id = du.unit_id
						join oit_disclosure d on d.id = du.disclosure_id join oit_item i on i.id = d.item_id
						where i.code = ? order by du.position""", String.class, item.code());
				assertThat(units).as(item.code()).containsExactlyElementsOf(item.units());
			}
		}

		@Test
		void theAgencysNameIsNeverMisspelt() {
			String all = jdbc.queryForObject("""
					select string_agg(t, ' ') from (
					  select progress as t from oit_disclosure union all select progress from indicator_plan
					  union all select guideline from indicator_plan
					  union all select method || summary || outcome || responsible from measure) x""", String.class);
			assertThat(all).contains("บางเสาธง");
			for (String wrong : SeedReport.AGENCY_NAME_MISSPELLINGS) {
				assertThat(all).doesNotContain(wrong);
			}
		}

		@Test
		void textsAreCleanNotRawHtml() {
			String all = jdbc.queryForObject("""
					select string_agg(t, ' ') from (
					  select progress as t from oit_disclosure union all select progress from indicator_plan
					  union all select method || summary || outcome from measure
					  union all select text from oit_item_component) x""", String.class);
			assertThat(all).doesNotContain("<input", "style=", "checkbox", "<p></p>", "<li></li>", "&nbsp;");
		}

	}

}
