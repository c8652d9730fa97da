package org.opencounty.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencounty.units.UnitKind;
import org.springframework.test.util.ReflectionTestUtils;

/** The scoring rule: deductions per fact never exceed the indicator's points; adjustments move it within 0 and its maximum. */
@Tag("fast")
class ScoringTest {

    private static Indicator indicator(long id, String max, RuleKind rule, String each) {
        Indicator indicator = new Indicator(1, new IndicatorSpec("一", "指标" + id, new BigDecimal(max), rule, new BigDecimal(each)), (int) id);
        ReflectionTestUtils.setField(indicator, "id", id);
        return indicator;
    }

    private static List<ScoreFact> facts(RuleKind rule, int count) {
        List<ScoreFact> facts = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            facts.add(new ScoreFact(rule, "task", i, "/admin/tasks/" + i + "/units/market", "任务 " + i));
        }
        return facts;
    }

    private static Adjustment adjustment(long indicator, String points) {
        return new Adjustment(1, 7, indicator, new BigDecimal(points), "理由", "admin", Instant.EPOCH);
    }

    static Stream<Arguments> indicators() {
        return Stream.of(
                // max, rule, each, facts, adjustments, expected score, expected deducted
                Arguments.of("20", RuleKind.TASK_LATE, "2", 0, List.of(), "20", "0"),
                Arguments.of("20", RuleKind.TASK_LATE, "2", 3, List.of(), "14", "6"),
                Arguments.of("20", RuleKind.TASK_LATE, "2", 10, List.of(), "0", "20"),
                Arguments.of("20", RuleKind.TASK_LATE, "3", 7, List.of(), "0", "20"),     // 21 would exceed the cap: 20
                Arguments.of("20", RuleKind.TASK_OVERDUE, "5", 100, List.of(), "0", "20"),
                Arguments.of("20", RuleKind.TASK_LATE, "2", 3, List.of("2"), "16", "6"),
                Arguments.of("20", RuleKind.TASK_LATE, "2", 0, List.of("5"), "20", "0"),  // never above the maximum
                Arguments.of("20", RuleKind.TASK_LATE, "2", 9, List.of("-5"), "0", "18"), // never below zero
                Arguments.of("10", RuleKind.BONUS, "0", 3, List.of(), "0", "0"),          // a bonus starts empty, facts do nothing
                Arguments.of("10", RuleKind.BONUS, "0", 0, List.of("4", "3.5"), "7.5", "0"),
                Arguments.of("10", RuleKind.BONUS, "0", 0, List.of("8", "8"), "10", "0"),
                Arguments.of("15", RuleKind.MANUAL, "0", 0, List.of("-4"), "11", "0"),
                Arguments.of("5", RuleKind.FINDING_OVERDUE, "1", 2, List.of(), "3", "2"),
                Arguments.of("5", RuleKind.FINDING_OVERDUE, "1", 8, List.of(), "0", "5"),   // capped at the indicator's 5
                Arguments.of("5", RuleKind.FINDING_OVERDUE, "1.5", 3, List.of(), "0.5", "4.5"),
                Arguments.of("10", RuleKind.COLUMN_STALE, "2", 3, List.of(), "4", "6"),
                Arguments.of("10", RuleKind.COLUMN_STALE, "3", 4, List.of(), "0", "10"),    // 12 would exceed the cap: 10
                Arguments.of("10", RuleKind.COLUMN_STALE, "2", 1, List.of("1"), "9", "2"));
    }

    @ParameterizedTest(name = "{1} max {0}, {3} facts of {2}, adjusted {4}: {5}")
    @MethodSource
    void indicators(String max, RuleKind rule, String each, int count, List<String> adjustments, String score, String deducted) {
        Indicator indicator = indicator(1, max, rule, each);
        UnitScore result = Scoring.score("market", "市场监管局", UnitKind.DEPARTMENT, List.of(indicator),
                facts(rule == RuleKind.BONUS ? RuleKind.TASK_LATE : rule, count).stream().map(f -> rule == RuleKind.BONUS
                        ? new ScoreFact(RuleKind.BONUS, f.sourceType(), f.sourceId(), f.url(), f.reason()) : f).toList(),
                adjustments.stream().map(points -> adjustment(1, points)).toList());
        assertThat(result.indicators().getFirst().score()).isEqualByComparingTo(score);
        assertThat(result.indicators().getFirst().deducted()).isEqualByComparingTo(deducted);
        assertThat(result.total()).isEqualByComparingTo(score);
        BigDecimal listed = result.deductions().stream().map(UnitScore.Deduction::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(listed.negate()).as("every point deducted is listed with its fact").isEqualByComparingTo(deducted);
    }

    @Test
    void everyDeductionNamesItsFactAndLinkAndThoseBeyondTheCapCountNothing() {
        UnitScore result = Scoring.score("market", "市场监管局", UnitKind.DEPARTMENT, List.of(indicator(1, "5", RuleKind.TASK_OVERDUE, "2")),
                facts(RuleKind.TASK_OVERDUE, 4), List.of());
        assertThat(result.deductions()).extracting(d -> d.points().stripTrailingZeros().toPlainString())
                .containsExactly("-2", "-2", "-1", "0");
        assertThat(result.deductions().get(2).reason()).contains("上限");
        assertThat(result.deductions()).allSatisfy(d -> assertThat(d.source().url()).startsWith("/admin/tasks/"));
    }

    @Test
    void factsCountOnlyForTheirRuleAndTheTotalIsTheSum() {
        UnitScore result = Scoring.score("market", "市场监管局", UnitKind.DEPARTMENT,
                List.of(indicator(1, "20", RuleKind.TASK_LATE, "2"), indicator(2, "15", RuleKind.RED_CARD, "3"), indicator(3, "10", RuleKind.BONUS, "0")),
                Stream.concat(facts(RuleKind.TASK_LATE, 2).stream(), facts(RuleKind.RED_CARD, 1).stream()).toList(),
                List.of(adjustment(3, "2")));
        assertThat(result.indicators()).extracting(i -> i.score().stripTrailingZeros().toPlainString()).containsExactly("16", "12", "2");
        assertThat(result.total()).isEqualByComparingTo("30");
    }

    @Test
    void ranksAreSharedOnEqualTotalsWithinEachKind() {
        Map<Long, UnitScore> scores = new java.util.LinkedHashMap<>();
        scores.put(1L, total(UnitKind.TOWNSHIP, "90"));
        scores.put(2L, total(UnitKind.TOWNSHIP, "95"));
        scores.put(3L, total(UnitKind.TOWNSHIP, "90"));
        scores.put(4L, total(UnitKind.TOWNSHIP, "80"));
        scores.put(5L, total(UnitKind.DEPARTMENT, "70"));
        assertThat(Assessment.ranks(scores)).containsExactlyInAnyOrderEntriesOf(Map.of(2L, 1, 1L, 2, 3L, 2, 4L, 4, 5L, 1));
    }

    private static UnitScore total(UnitKind kind, String total) {
        return new UnitScore("u", "单位", kind, new BigDecimal(total), Collections.emptyList(), List.of(), List.of());
    }
}
