package th.ita.portal.support;

import org.springframework.jdbc.core.JdbcTemplate;

/** A fingerprint of everything staff can change, to prove a refused request changed nothing. */
public final class DatabaseState {

	private DatabaseState() {
	}

	public static String of(JdbcTemplate jdbc) {
		return jdbc.queryForObject("""
				select md5(concat_ws('|',
				  (select string_agg(concat_ws(',', id, version, status, progress, published_version), ';' order by id) from oit_disclosure),
				  (select string_agg(concat_ws(',', disclosure_id, unit_id, position), ';' order by disclosure_id, position) from oit_disclosure_unit),
				  (select string_agg(concat_ws(',', id, version, position, name, deleted_at), ';' order by id) from measure),
				  (select string_agg(concat_ws(',', id, version, guideline, progress), ';' order by id) from indicator_plan),
				  (select string_agg(concat_ws(',', disclosure_id, progress, published_at), ';' order by disclosure_id) from oit_disclosure_pub),
				  (select string_agg(concat_ws(',', measure_id, name, published_at), ';' order by measure_id) from measure_pub),
				  (select string_agg(concat_ws(',', plan_id, progress, published_at), ';' order by plan_id) from indicator_plan_pub),
				  (select count(*) from revision)))""", String.class);
	}

}
