package th.ita.portal.seed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.ita.portal.seed.SeedReport.Item;
import th.ita.portal.seed.SeedReport.Measure;
import th.ita.portal.seed.SeedReport.Plan;
import th.ita.portal.seed.SeedReport.SubIndicator;
import th.ita.portal.seed.SeedReport.Topic;

/**
 * Reads the seed line by line. Lines with tabs are table rows (a header row names the table kind:
 * ลำดับ = measures, ตัวชี้วัด = indicator plans, ข้อ or ชื่อ = OIT items); other non-blank lines are
 * front matter, sub-indicator headers ("ตัวชี้วัดย่อยที่ 9.5 ... (ต่อ)", possibly with "## " or
 * "**") or, after a sub-indicator header, topic headings.
 */
final class SeedParser {

    /**
     * In the seed, measure ๒'s cells from ผู้รับผิดชอบ on are out of place: its 5th column holds the
     * summary of results, its 6th the responsible and its 7th the outcome. So for this measure
     * responsible = col 6, summary = col 5, outcome = col 7; the others map straight.
     */
    static final int SHIFTED_MEASURE = 2;

    private static final Pattern TITLE = Pattern.compile("รายงานผล.*ประจำปีงบประมาณ (?:พ\\.ศ\\. ?)?([๐-๙0-9]{4})");
    private static final Pattern AGENCY_LINE = Pattern.compile("(\\S+) (อำเภอ\\S+) (จังหวัด\\S+)");
    private static final Pattern SCORE = Pattern.compile("ได้คะแนน ([๐-๙0-9]+(?:\\.[๐-๙0-9]+)?) อยู่ในระดับ (\\S+)");
    private static final Pattern SUB_INDICATOR =
            Pattern.compile("ตัวชี้วัดย่อยที่ ?([๐-๙0-9]+\\.[๐-๙0-9]+) (.+?)(?: ?\\(ต่อ\\))?");
    private static final Pattern PLAN_INDICATOR = Pattern.compile("ตัวชี้วัดที่ ?([๐-๙0-9]+) (.+)");

    private enum Table { MEASURE, PLAN, ITEM }

    private String title;
    private int fiscalYear;
    private String agency;
    private String district;
    private String province;
    private String introduction;
    private BigDecimal score;
    private String result;
    private final List<Measure> measures = new ArrayList<>();
    private final List<Plan> plans = new ArrayList<>();
    private final Map<String, SubBuilder> subs = new LinkedHashMap<>();
    private SubBuilder currentSub;
    private Table table;

    private SeedParser() {
    }

    static SeedReport parse(String text) {
        SeedParser p = new SeedParser();
        String[] lines = text.replace("\uFEFF", "").split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            try {
                p.line(lines[i]);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("seed line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return p.build();
    }

    private void line(String line) {
        if (line.isBlank()) {
            return;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length > 1) {
            row(cells);
        } else {
            text(SeedText.collapse(line.replaceFirst("^\\s*#+\\s*", "").replace("**", "")));
        }
    }

    private void text(String s) {
        Matcher m;
        if ((m = SUB_INDICATOR.matcher(s)).matches()) {
            String code = SeedText.asciiDigits(m.group(1));
            String name = SeedText.clean(m.group(2));
            currentSub = subs.computeIfAbsent(code, c -> new SubBuilder(c, name));
            if (!currentSub.name.equals(name)) {
                throw new IllegalArgumentException("sub-indicator " + code + " renamed: " + name);
            }
        } else if (currentSub != null) {
            currentSub.topics.add(new TopicBuilder(SeedText.clean(s)));
        } else if (title == null && (m = TITLE.matcher(s)).matches()) {
            fiscalYear = SeedText.number(m.group(1));
            title = SeedText.clean(s);
        } else if (agency == null && (m = AGENCY_LINE.matcher(s)).matches()) {
            agency = SeedText.clean(m.group(1));
            district = SeedText.clean(m.group(2));
            province = SeedText.clean(m.group(3));
        } else if (score == null && (m = SCORE.matcher(s)).find()) {
            score = new BigDecimal(SeedText.asciiDigits(m.group(1)));
            result = m.group(2);
            introduction = SeedText.clean(s);
        }
    }

    private void row(String[] cells) {
        String first = SeedText.clean(cells[0]);
        switch (first) {
            case "ลำดับ" -> table = Table.MEASURE;
            case "ตัวชี้วัด" -> table = Table.PLAN;
            case "ข้อ", "ชื่อ" -> table = Table.ITEM; // one header says ชื่อ instead of ข้อ
            default -> {
                if (table == null) {
                    throw new IllegalArgumentException("table row before any table header");
                }
                switch (table) {
                    case MEASURE -> measures.add(measure(expect(cells, 7)));
                    case PLAN -> plans.add(plan(expect(cells, 5)));
                    case ITEM -> item(expect(cells, 5));
                }
            }
        }
    }

    private static String[] expect(String[] cells, int n) {
        if (cells.length != n) {
            throw new IllegalArgumentException("expected " + n + " columns, found " + cells.length);
        }
        return cells;
    }

    private static Measure measure(String[] c) {
        int number = SeedText.number(c[0]);
        boolean shifted = number == SHIFTED_MEASURE;
        String responsible = shifted ? c[5] : c[4];
        String summary = shifted ? c[4] : c[5];
        return new Measure(number, SeedText.clean(c[1]), SeedRichText.rich(c[2]), SeedText.plain(c[3]),
                SeedText.plain(responsible), SeedRichText.rich(summary), SeedRichText.rich(c[6]));
    }

    private static Plan plan(String[] c) {
        Matcher m = PLAN_INDICATOR.matcher(SeedText.clean(c[0]));
        if (!m.matches()) {
            throw new IllegalArgumentException("not an indicator: " + c[0]);
        }
        SeedRichText.Progress progress = SeedRichText.progress(c[4]);
        return new Plan(SeedText.number(m.group(1)), m.group(2), SeedRichText.rich(c[1]), SeedText.plain(c[2]),
                SeedText.plain(c[3]), progress.status(), progress.html());
    }

    private void item(String[] c) {
        if (currentSub == null) {
            throw new IllegalArgumentException("OIT item before any sub-indicator header");
        }
        SeedRichText.Progress progress = SeedRichText.progress(c[4]);
        Item item = new Item(SeedText.number(c[0]), SeedText.plain(c[1]),
                SeedText.components(c[2]), SeedText.units(c[3]), progress.status(), progress.html());
        if (currentSub.topics.isEmpty()) {
            currentSub.topics.add(new TopicBuilder(null));
        }
        currentSub.topics.get(currentSub.topics.size() - 1).items.add(item);
    }

    private SeedReport build() {
        require(title != null && agency != null && score != null, "title, agency line or score not found");
        List<SubIndicator> subIndicators = subs.values().stream().map(SubBuilder::build).toList();
        SeedReport report = new SeedReport(title, fiscalYear, agency, district, province, introduction,
                score, result, measures, plans, subIndicators);
        requireSequence(measures.stream().map(Measure::number).toList(), "measure numbers");
        requireSequence(plans.stream().map(Plan::indicatorNumber).toList(), "plan indicator numbers");
        List<Integer> seedOrder = subIndicators.stream().flatMap(s -> s.topics().stream())
                .flatMap(t -> t.items().stream()).map(Item::number).toList();
        requireSequence(seedOrder, "OIT item numbers");
        return report;
    }

    private static void requireSequence(List<Integer> numbers, String what) {
        for (int i = 0; i < numbers.size(); i++) {
            require(numbers.get(i) == i + 1, what + " are not 1.." + numbers.size() + ": " + numbers);
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException("seed: " + message);
        }
    }

    private static final class SubBuilder {
        final String code;
        final String name;
        final List<TopicBuilder> topics = new ArrayList<>();

        SubBuilder(String code, String name) {
            this.code = code;
            this.name = name;
        }

        SubIndicator build() {
            return new SubIndicator(code, name, topics.stream().map(TopicBuilder::build).toList());
        }
    }

    private static final class TopicBuilder {
        final String name;
        final List<Item> items = new ArrayList<>();

        TopicBuilder(String name) {
            this.name = name;
        }

        Topic build() {
            return new Topic(name, items);
        }
    }
}
