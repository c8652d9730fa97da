package org.opencounty.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.content.ArticleDraft;
import org.opencounty.content.ArticlePublishing;
import org.opencounty.content.Validity;
import org.opencounty.coordination.internal.AssessmentFacts;
import org.opencounty.sites.Sites;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitKind;
import org.opencounty.units.Units;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The stale-column facts for every unit in one statement: a unit's columns are those it publishes in; 工作动态 is stale
 * after two weeks, 公告通知 and the policy columns after six months, the others are not monitored; each deduction links
 * the column's last article. Findings not rectified in time are the other new kind of fact (InspectionApiTest).
 */
class IndicatorFactsTest extends IntegrationTest {

    @Autowired
    Sites sites;
    @Autowired
    Units units;
    @Autowired
    ArticlePublishing publishing;
    @Autowired
    AssessmentFacts facts;

    private long article(long siteId, Unit unit, String column, LocalDate day) {
        Instant at = day.atTime(10, 0).atZone(TimeConfiguration.CHINA).toInstant();
        return publishing.importPublished(siteId, unit.id(), new ArticleDraft(column, "栏目测试 " + column + " " + day, "<p>栏目更新测试。</p>", "",
                "巴测〔" + day.getYear() + "〕" + day.getDayOfYear() + "号", "栏目测试局", day, null, Validity.VALID, null, null, "", ""), at, "test").id();
    }

    @Test
    void aUnitsMonitoredColumnsThatWentStaleAreDeductedWithTheirLastArticle() throws Exception {
        long siteId = sites.defaultSite().id();
        Unit unit = units.seed(siteId, "column-test", "栏目测试局", UnitKind.DEPARTMENT, units.get(siteId, "county"), 999, null, "test");
        article(siteId, unit, "news", LocalDate.of(2026, 5, 1));
        long lastNews = article(siteId, unit, "news", LocalDate.of(2026, 6, 20));         // 24 days before 07-14: stale
        article(siteId, unit, "notices", LocalDate.of(2026, 3, 1));                        // within six months
        long lastLaw = article(siteId, unit, "laws", LocalDate.of(2025, 12, 1));           // more than six months
        article(siteId, unit, "development", LocalDate.of(2020, 5, 1));                    // not monitored

        Map<Long, List<ScoreFact>> all = facts.of(siteId, 2026, LocalDate.of(2026, 7, 14));
        List<ScoreFact> stale = all.getOrDefault(unit.id(), List.of()).stream().filter(f -> f.rule() == RuleKind.COLUMN_STALE).toList();
        assertThat(stale).extracting(ScoreFact::sourceType, ScoreFact::sourceId, ScoreFact::url).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("column", lastNews, "/articles/" + lastNews),
                org.assertj.core.groups.Tuple.tuple("column", lastLaw, "/articles/" + lastLaw));
        assertThat(stale).extracting(ScoreFact::reason).anyMatch(r -> r.contains("工作动态") && r.contains("2026-06-20") && r.contains("两周"));

        // On 2026-07-01 the news column was fresh; a year not begun has no monitoring point.
        assertThat(facts.of(siteId, 2026, LocalDate.of(2026, 7, 1)).getOrDefault(unit.id(), List.of()))
                .filteredOn(f -> f.rule() == RuleKind.COLUMN_STALE).extracting(ScoreFact::sourceId).containsExactly(lastLaw);
        assertThat(facts.of(siteId, 2027, LocalDate.of(2026, 7, 14)).getOrDefault(unit.id(), List.of()))
                .filteredOn(f -> f.rule() == RuleKind.COLUMN_STALE).isEmpty();

        mvc.perform(get("/api/v1/assessment/2026/units/column-test").header("Authorization", bearer(tokenFor("center"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deductions[?(@.source.type=='column')].points").value(org.hamcrest.Matchers.contains(-2.0, -2.0)))
                .andExpect(jsonPath("$.deductions[?(@.source.type=='column')].indicator").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is("栏目按期更新"))));
    }

    @Test
    void theDemoHasStaleColumnsAndAnOverdueFinding() {
        long siteId = sites.defaultSite().id();
        Map<Long, List<ScoreFact>> all = facts.of(siteId, 2026, LocalDate.of(2026, 7, 14));
        assertThat(all.values().stream().flatMap(List::stream).filter(f -> f.rule() == RuleKind.COLUMN_STALE).count()).isPositive();
        assertThat(all.get(units.get(siteId, "dahe-zhen").id())).extracting(ScoreFact::rule).contains(RuleKind.FINDING_OVERDUE);
        assertThat(all.get(units.get(siteId, "kuisu-zhen").id())).filteredOn(f -> f.rule() == RuleKind.FINDING_OVERDUE)
                .extracting(ScoreFact::reason).allMatch(r -> r.contains("逾期整改，整改于"));
    }
}
