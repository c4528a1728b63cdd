package th.ita.portal.result;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import th.ita.portal.framework.AssessmentTool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rule suggests the first level whose minimums the scores meet. The levels below are TEST
 * SAMPLES shaped like the description (a level held back by one tool's score), not any
 * year's real rule.
 */
class ResultRuleTest {

	static final ResultRule PASS_MARK_85 = new ResultRule(List.of(level("ผ่าน", "85")), 1);

	static final ResultRule SAMPLE_WITH_TOOL_MINIMUMS = new ResultRule(List.of(
			new ResultLevel("ระดับตัวอย่างสูง", new BigDecimal("90"), Map.of(AssessmentTool.EIT, new BigDecimal("85"),
					AssessmentTool.IIT, new BigDecimal("85"))),
			level("ระดับตัวอย่างกลาง", "85")), 1);

	static ResultLevel level(String name, String min) {
		return new ResultLevel(name, new BigDecimal(min), Map.of());
	}

	@Test
	void theSeedYearsScoreIsAPassWithThePassMarkOf85() {
		assertThat(PASS_MARK_85.suggest(new BigDecimal("91.45"), Map.of()).level()).isEqualTo("ผ่าน");
		assertThat(PASS_MARK_85.suggest(new BigDecimal("85.00"), Map.of()).level()).isEqualTo("ผ่าน");
	}

	@Test
	void belowThePassMarkNoLevelIsSuggestedAndTheShortfallIsSaid() {
		Suggestion s = PASS_MARK_85.suggest(new BigDecimal("84.99"), Map.of());
		assertThat(s.reached()).isFalse();
		assertThat(s.missed()).containsExactly(new Shortfall("ผ่าน", null, new BigDecimal("85"), new BigDecimal("84.99")));
	}

	@Test
	void aHighOverallScoreIsHeldBackByOneToolUnderItsMinimum() {
		Suggestion s = SAMPLE_WITH_TOOL_MINIMUMS.suggest(new BigDecimal("94.64"),
				Map.of(AssessmentTool.IIT, new BigDecimal("97.10"), AssessmentTool.EIT, new BigDecimal("84.20")));
		assertThat(s.level()).isEqualTo("ระดับตัวอย่างกลาง");
		assertThat(s.missed()).containsExactly(
				new Shortfall("ระดับตัวอย่างสูง", "EIT", new BigDecimal("85"), new BigDecimal("84.20")));
	}

	@Test
	void aToolMinimumWithoutThatToolsScoreIsNotMet() {
		Suggestion s = SAMPLE_WITH_TOOL_MINIMUMS.suggest(new BigDecimal("94.64"), Map.of(AssessmentTool.IIT, new BigDecimal("90")));
		assertThat(s.level()).isEqualTo("ระดับตัวอย่างกลาง");
		assertThat(s.missed()).singleElement().satisfies(m -> assertThat(m.missing()).isTrue());
	}

	@Test
	void allMinimumsMetGivesTheBestLevel() {
		assertThat(SAMPLE_WITH_TOOL_MINIMUMS.suggest(new BigDecimal("94.64"),
				Map.of(AssessmentTool.IIT, new BigDecimal("90"), AssessmentTool.EIT, new BigDecimal("85"))).level())
			.isEqualTo("ระดับตัวอย่างสูง");
	}

	@Test
	void noRuleOrNoOverallScoreSuggestsNothing() {
		assertThat(ResultRule.NONE.suggest(new BigDecimal("99"), Map.of()).hasRule()).isFalse();
		assertThat(PASS_MARK_85.suggest(null, Map.of()).reached()).isFalse();
	}

	@Test
	void scoresAreReadFrom0To100WithTwoDecimalsInArabicOrThaiDigits() {
		assertThat(Scores.parse("๙๑.๔๕")).isEqualByComparingTo("91.45");
		assertThat(Scores.parse(" 100 ")).isEqualByComparingTo("100");
		assertThat(Scores.parse("")).isNull();
		for (String bad : List.of("100.01", "101", "-1", "91.455", "abc", "91,45", "1e2")) {
			assertThatThrownBy(() -> Scores.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void ruleTextRoundTripsAndListsEveryBadLine() {
		RuleText.Parsed parsed = RuleText.read(RuleText.HEADER + "\nสูง,90,85,85,\nกลาง,85\n\nผิด,101\nกลาง,70\nไม่มีคะแนน,\n");
		assertThat(parsed.levels()).extracting(ResultLevel::name).containsExactly("สูง", "กลาง");
		assertThat(parsed.problems()).extracting(RuleText.Problem::line).containsExactly(5, 6, 7);
		assertThat(RuleText.read(RuleText.write(new ResultRule(parsed.levels(), 1))).levels()).isEqualTo(parsed.levels());
	}

}
