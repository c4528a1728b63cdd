package th.ita.portal.framework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import th.ita.portal.framework.FrameworkTree.ComponentNode;
import th.ita.portal.framework.FrameworkTree.IndicatorNode;
import th.ita.portal.framework.FrameworkTree.ItemNode;
import th.ita.portal.framework.FrameworkTree.SubindicatorNode;

/**
 * Frameworks in the database, read and written as whole trees with plain SQL: the JPA entities
 * of this package stay read-only views for the pages that use a year's framework.
 */
@Repository
class FrameworkStore {

	private static final String SUMMARY = """
			select f.id, f.fiscal_year, f.name, f.variant, f.created_at,
			       (select count(*) from oit_item i where i.framework_id = f.id) as items,
			       (select count(*) from report r where r.framework_id = f.id) as reports
			from framework f""";

	private final JdbcTemplate jdbc;

	FrameworkStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<FrameworkSummary> list() {
		return this.jdbc.query(SUMMARY + " order by f.fiscal_year desc, f.name", FrameworkStore::summary);
	}

	Optional<FrameworkSummary> find(long id) {
		return this.jdbc.query(SUMMARY + " where f.id = ?", FrameworkStore::summary, id).stream().findFirst();
	}

	/** The newest framework: the latest fiscal year, and in it the one imported last. */
	Optional<FrameworkSummary> newest() {
		return this.jdbc.query(SUMMARY + " order by f.fiscal_year desc, f.created_at desc, f.id desc limit 1",
				FrameworkStore::summary).stream().findFirst();
	}

	boolean nameTaken(int year, String name) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select exists (select 1 from framework where fiscal_year = ? and name = ?)", Boolean.class, year, name));
	}

	/** Locks the framework row, so that no year is opened on it while it is being deleted. */
	boolean lock(long id) {
		return !this.jdbc.queryForList("select id from framework where id = ? for update", Long.class, id).isEmpty();
	}

	int reportCount(long id) {
		return this.jdbc.queryForObject("select count(*) from report where framework_id = ?", Integer.class, id);
	}

	/** The whole structure in four statements. */
	FrameworkTree tree(long id) {
		Map<Long, IndicatorNode> indicators = new LinkedHashMap<>();
		this.jdbc.query("select id, number, name, tool from indicator where framework_id = ? order by number",
				(ResultSet rs) -> {
					indicators.put(rs.getLong("id"), new IndicatorNode(rs.getInt("number"), rs.getString("name"),
							AssessmentTool.valueOf(rs.getString("tool")), new ArrayList<>()));
				}, id);
		Map<Long, SubindicatorNode> subs = new LinkedHashMap<>();
		this.jdbc.query("""
				select s.id, s.indicator_id, s.code, s.name from oit_subindicator s
				join indicator i on i.id = s.indicator_id where i.framework_id = ? order by s.position""",
				(ResultSet rs) -> {
					SubindicatorNode sub = new SubindicatorNode(rs.getString("code"), rs.getString("name"),
							new ArrayList<>());
					subs.put(rs.getLong("id"), sub);
					indicators.get(rs.getLong("indicator_id")).subindicators().add(sub);
				}, id);
		Map<Long, ItemNode> items = new LinkedHashMap<>();
		this.jdbc.query("""
				select i.id, i.subindicator_id, i.code, i.title, coalesce(t.name, '') as topic
				from oit_item i join oit_subindicator s on s.id = i.subindicator_id
				left join oit_topic t on t.id = i.topic_id
				where i.framework_id = ? order by s.position, i.number""", (ResultSet rs) -> {
			ItemNode item = new ItemNode(rs.getString("code"), rs.getString("title"), rs.getString("topic"),
					new ArrayList<>());
			items.put(rs.getLong("id"), item);
			subs.get(rs.getLong("subindicator_id")).items().add(item);
		}, id);
		this.jdbc.query("""
				select c.item_id, c.text, c.depth from oit_item_component c join oit_item i on i.id = c.item_id
				where i.framework_id = ? order by c.item_id, c.position""", (ResultSet rs) -> {
			items.get(rs.getLong("item_id")).components()
				.add(new ComponentNode(rs.getString("text"), rs.getInt("depth")));
		}, id);
		return new FrameworkTree(List.copyOf(indicators.values()));
	}

	long insert(int year, String name, String variant, FrameworkTree tree) {
		long id = this.jdbc.queryForObject(
				"insert into framework (fiscal_year, name, variant) values (?, ?, ?) returning id", Long.class, year,
				name, variant);
		int subPosition = 0;
		for (IndicatorNode indicator : tree.indicators()) {
			long indicatorId = this.jdbc.queryForObject(
					"insert into indicator (framework_id, number, name, tool) values (?, ?, ?, ?) returning id",
					Long.class, id, indicator.number(), indicator.name(), indicator.tool().name());
			for (SubindicatorNode sub : indicator.subindicators()) {
				long subId = this.jdbc.queryForObject("""
						insert into oit_subindicator (indicator_id, code, name, position) values (?, ?, ?, ?)
						returning id""", Long.class, indicatorId, sub.code(), sub.name(), ++subPosition);
				insertItems(id, subId, sub.items());
			}
		}
		return id;
	}

	private void insertItems(long frameworkId, long subId, List<ItemNode> items) {
		Map<String, Long> topics = new LinkedHashMap<>();
		for (ItemNode item : items) {
			Long topicId = null;
			if (!item.topic().isEmpty()) {
				topicId = topics.computeIfAbsent(item.topic(), name -> this.jdbc.queryForObject(
						"insert into oit_topic (subindicator_id, name, position) values (?, ?, ?) returning id",
						Long.class, subId, name, topics.size() + 1));
			}
			long itemId = this.jdbc.queryForObject("""
					insert into oit_item (framework_id, subindicator_id, topic_id, number, code, title)
					values (?, ?, ?, ?, ?, ?) returning id""", Long.class, frameworkId, subId, topicId,
					item.number(), item.code(), item.title());
			List<Object[]> components = new ArrayList<>();
			for (int p = 0; p < item.components().size(); p++) {
				ComponentNode c = item.components().get(p);
				components.add(new Object[] { itemId, p + 1, c.depth(), c.text() });
			}
			this.jdbc.batchUpdate("insert into oit_item_component (item_id, position, depth, text) values (?, ?, ?, ?)",
					components);
		}
	}

	void delete(long id) {
		this.jdbc.update("delete from oit_item_component c using oit_item i where i.id = c.item_id and i.framework_id = ?",
				id);
		this.jdbc.update("delete from oit_item where framework_id = ?", id);
		this.jdbc.update("""
				delete from oit_topic t using oit_subindicator s, indicator i
				where s.id = t.subindicator_id and i.id = s.indicator_id and i.framework_id = ?""", id);
		this.jdbc.update("delete from oit_subindicator s using indicator i where i.id = s.indicator_id and i.framework_id = ?",
				id);
		this.jdbc.update("delete from indicator where framework_id = ?", id);
		this.jdbc.update("delete from framework where id = ?", id);
	}

	private static FrameworkSummary summary(ResultSet rs, int row) throws SQLException {
		return new FrameworkSummary(rs.getLong("id"), rs.getInt("fiscal_year"), rs.getString("name"),
				rs.getString("variant"), rs.getTimestamp("created_at").toInstant(), rs.getInt("items"),
				rs.getInt("reports"));
	}

}
