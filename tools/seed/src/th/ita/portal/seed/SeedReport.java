package th.ita.portal.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The seed report (a tab-separated export of an agency's Thai Word ITA report, cells holding HTML
 * fragments) parsed into clean data.
 *
 * <p>Plain-text values have whitespace collapsed; rich-text values (measure method/summary/outcome,
 * plan guideline/progress, item progress) are the portal's HTML subset of {@code <p>} and
 * {@code <ul><li>}. The agency's misspelt names ({@link #AGENCY_NAME_MISSPELLINGS}) are already
 * replaced by {@link #AGENCY_SHORT_NAME} everywhere.
 *
 * @param title         the report title (one line)
 * @param fiscalYear    the Buddhist-Era fiscal year, e.g. 2566
 * @param agency        e.g. องค์การบริหารส่วนตำบลบางเสาธง
 * @param district      e.g. อำเภอบางเสาธง
 * @param province      e.g. จังหวัดสมุทรปราการ
 * @param introduction  the report's opening paragraph (plain text)
 * @param overallScore  the ITA score, e.g. 91.45 (written ๙๑.๔๕ in the seed)
 * @param result        e.g. ผ่าน
 * @param measures      the measures in number order
 * @param plans         the indicator plans in indicator order
 * @param subIndicators the OIT sub-indicators in seed order (9.1 … 10.2)
 */
public record SeedReport(
        String title,
        int fiscalYear,
        String agency,
        String district,
        String province,
        String introduction,
        BigDecimal overallScore,
        String result,
        List<Measure> measures,
        List<Plan> plans,
        List<SubIndicator> subIndicators) {

    /** The correct spelling of the place name inside the agency's name. */
    public static final String AGENCY_SHORT_NAME = "บางเสาธง";

    /** Misspellings of {@link #AGENCY_SHORT_NAME} found in the seed; none survive parsing. */
    public static final List<String> AGENCY_NAME_MISSPELLINGS =
            List.of("บางเสด็จ", "บางเสาะง", "บางเสาชาง", "บางเสาชง");

    public SeedReport {
        measures = List.copyOf(measures);
        plans = List.copyOf(plans);
        subIndicators = List.copyOf(subIndicators);
    }

    /** Parses a seed file (UTF-8). */
    public static SeedReport parse(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed " + file, e);
        }
    }

    /** Parses a seed stream (UTF-8); the stream is read to its end but not closed. */
    public static SeedReport parse(InputStream in) {
        try {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed", e);
        }
    }

    /** Parses the seed's text. */
    public static SeedReport parse(String text) {
        return SeedParser.parse(text);
    }

    /** All OIT items in number order. */
    public List<Item> items() {
        return subIndicators.stream()
                .flatMap(s -> s.topics().stream())
                .flatMap(t -> t.items().stream())
                .sorted(Comparator.comparingInt(Item::number))
                .toList();
    }

    /** The OIT item with this number (1-based). */
    public Item item(int number) {
        return items().stream().filter(i -> i.number() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no item " + number));
    }

    /**
     * A measure (มาตรการ). {@code method}, {@code summary} and {@code outcome} are rich text;
     * {@code responsible} is plain text whose paragraphs are joined with "\n".
     */
    public record Measure(int number, String name, String method, String period, String responsible,
            String summary, String outcome) {
    }

    /**
     * The improvement plan for one indicator 1–8. {@code guideline} and {@code progress} are rich
     * text; {@code status} is 'DONE' or 'NOT_STARTED'.
     */
    public record Plan(int indicatorNumber, String indicatorName, String guideline, String responsible,
            String period, String status, String progress) {
    }

    /** An OIT sub-indicator, e.g. code "9.1", name "ข้อมูลพื้นฐาน". */
    public record SubIndicator(String code, String name, List<Topic> topics) {
        public SubIndicator {
            topics = List.copyOf(topics);
        }

        /** The indicator the sub-indicator belongs to: 9 for "9.1", 10 for "10.2". */
        public int indicatorNumber() {
            return Integer.parseInt(code.substring(0, code.indexOf('.')));
        }

        /** The position inside its indicator: 1 for "9.1", 2 for "10.2". */
        public int position() {
            return Integer.parseInt(code.substring(code.indexOf('.') + 1));
        }

        /** Its items in number order. */
        public List<Item> items() {
            return topics.stream().flatMap(t -> t.items().stream())
                    .sorted(Comparator.comparingInt(Item::number)).toList();
        }
    }

    /** A topic heading inside a sub-indicator; {@code name} is null for items without a heading. */
    public record Topic(String name, List<Item> items) {
        public Topic {
            items = List.copyOf(items);
        }
    }

    /**
     * An OIT item: number 1..43 (code "o" + number), title, required data components, responsible
     * unit names in cell order, status ('DONE' or 'NOT_STARTED') and rich-text progress.
     */
    public record Item(int number, String title, List<Component> components, List<String> units,
            String status, String progress) {
        public Item {
            components = List.copyOf(components);
            units = List.copyOf(units);
        }

        /** "o1" … "o43". */
        public String code() {
            return "o" + number;
        }
    }

    /** One entry of an item's องค์ประกอบด้านข้อมูล; depth 1 is a nested sub-entry. */
    public record Component(int depth, String text) {
        public Component {
            Objects.requireNonNull(text);
        }
    }
}
