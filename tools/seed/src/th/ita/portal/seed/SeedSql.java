package th.ita.portal.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** SQL text helpers for {@link SeedSqlGenerator}: literals and the subselects that resolve ids. */
final class SeedSql {

    private final int year;
    private final String agencySlug;

    SeedSql(int year, String agencySlug) {
        this.year = year;
        this.agencySlug = agencySlug;
    }

    /** A string literal, single quotes doubled; a "\n" becomes {@code || E'\n' ||}. */
    static String lit(String s) {
        if (s == null) {
            return "null";
        }
        List<String> parts = new ArrayList<>();
        for (String line : s.split("\n", -1)) {
            parts.add("'" + line.replace("'", "''") + "'");
        }
        return String.join(" || E'\\n' || ", parts);
    }

    /** Rows of a multi-row insert: "insert into t (cols) values\n    (..),\n    (..);". */
    static String insert(String table, String columns, List<String> rows) {
        StringJoiner j = new StringJoiner(",\n    ", "insert into " + table + " (" + columns + ") values\n    ", ";\n");
        rows.forEach(j::add);
        return j.toString();
    }

    static String row(Object... values) {
        StringJoiner j = new StringJoiner(", ", "(", ")");
        for (Object v : values) {
            j.add(String.valueOf(v));
        }
        return j.toString();
    }

    String framework() {
        return "(select id from framework where fiscal_year = " + year + ")";
    }

    String indicator(int number) {
        return "(select i.id from indicator i join framework f on f.id = i.framework_id"
                + " where f.fiscal_year = " + year + " and i.number = " + number + ")";
    }

    String subIndicator(String code) {
        return "(select s.id from oit_subindicator s join indicator i on i.id = s.indicator_id"
                + " join framework f on f.id = i.framework_id"
                + " where f.fiscal_year = " + year + " and s.code = " + lit(code) + ")";
    }

    String topic(String subCode, int position) {
        return "(select t.id from oit_topic t join oit_subindicator s on s.id = t.subindicator_id"
                + " join indicator i on i.id = s.indicator_id join framework f on f.id = i.framework_id"
                + " where f.fiscal_year = " + year + " and s.code = " + lit(subCode)
                + " and t.position = " + position + ")";
    }

    String item(String code) {
        return "(select it.id from oit_item it join framework f on f.id = it.framework_id"
                + " where f.fiscal_year = " + year + " and it.code = " + lit(code) + ")";
    }

    String agency() {
        return "(select id from agency where slug = " + lit(agencySlug) + ")";
    }

    String unit(String name) {
        return "(select u.id from unit u join agency a on a.id = u.agency_id"
                + " where a.slug = " + lit(agencySlug) + " and u.name = " + lit(name) + ")";
    }

    String report() {
        return "(select r.id from report r join agency a on a.id = r.agency_id"
                + " join framework f on f.id = r.framework_id"
                + " where a.slug = " + lit(agencySlug) + " and f.fiscal_year = " + year + ")";
    }

    String disclosure(String itemCode) {
        return "(select d.id from oit_disclosure d join report r on r.id = d.report_id"
                + " join agency a on a.id = r.agency_id join framework f on f.id = r.framework_id"
                + " join oit_item it on it.id = d.item_id and it.framework_id = f.id"
                + " where a.slug = " + lit(agencySlug) + " and f.fiscal_year = " + year
                + " and it.code = " + lit(itemCode) + ")";
    }
}
