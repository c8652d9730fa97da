package org.opencounty.coordination.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.coordination.RuleKind;
import org.opencounty.coordination.ScoreFact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The facts the scheme deducts for, for every unit of a site and a year at once: one statement per kind of fact, so
 * that recomputing every unit costs the same few statements for 30 units or 300. Tasks count in the year of their
 * deadline: late when fulfilled after the deadline day (Beijing time) but by the end of the year, overdue when not
 * fulfilled by the earlier of today and the year's end. Red cards and statutory overdue signals count in the year
 * they were issued. Other modules are read through the views they publish (V15_2, V20_1, V20_2).
 */
@Repository
public class AssessmentFacts {

    private final JdbcClient jdbc;

    AssessmentFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every unit's facts of the year as of {@code today}, by unit id, each list in the order the facts happened. */
    public Map<Long, List<ScoreFact>> of(long siteId, int year, LocalDate today) {
        Map<Long, List<ScoreFact>> facts = new HashMap<>();
        LocalDate cutoff = today.isBefore(LocalDate.of(year + 1, 1, 1)) ? today : LocalDate.of(year + 1, 1, 1);
        jdbc.sql("""
                        select tu.unit_id, t.id, t.title, t.deadline, u.code,
                               case when tu.fulfilled_at is null or tu.fulfilled_at >= (:nextYear)::timestamp at time zone 'Asia/Shanghai'
                                    then 'TASK_OVERDUE' else 'TASK_LATE' end as rule,
                               to_char(tu.fulfilled_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as fulfilled_on
                        from coord_task_unit tu
                        join coord_task t on t.id = tu.task_id
                        join unit_directory u on u.id = tu.unit_id
                        where tu.site_id = :site and t.deadline >= :from and t.deadline < :cutoff
                          and (tu.fulfilled_at is null
                               or tu.fulfilled_at >= (t.deadline + 1)::timestamp at time zone 'Asia/Shanghai')
                          and (tu.fulfilled_at is not null or t.deadline < :cutoff)
                        order by t.deadline, t.id""")
                .param("site", siteId).param("from", LocalDate.of(year, 1, 1)).param("nextYear", LocalDate.of(year + 1, 1, 1))
                .param("cutoff", cutoff)
                .query((rs, n) -> {
                    RuleKind rule = RuleKind.valueOf(rs.getString("rule"));
                    String fulfilled = rs.getString("fulfilled_on");
                    String reason = "督办任务“" + rs.getString("title") + "”（期限 " + rs.getObject("deadline", LocalDate.class) + "）"
                            + (rule == RuleKind.TASK_LATE ? "逾期完成，完成于 " + fulfilled : "逾期未完成");
                    add(facts, rs.getLong("unit_id"), new ScoreFact(rule, "task", rs.getLong("id"),
                            "/admin/tasks/" + rs.getLong("id") + "/units/" + rs.getString("code"), reason));
                    return 1;
                }).list();
        jdbc.sql("""
                        select unit_id, application_id, type, issued_on from coord_signal_fact
                        where site_id = :site and type in ('RED', 'STATUTORY_OVERDUE') and issued_on >= :from and issued_on < :to
                        order by issued_on, id""")
                .param("site", siteId).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> {
                    boolean red = "RED".equals(rs.getString("type"));
                    long application = rs.getLong("application_id");
                    add(facts, rs.getLong("unit_id"), new ScoreFact(red ? RuleKind.RED_CARD : RuleKind.STATUTORY_OVERDUE, "case",
                            application, "/admin/applications/" + application,
                            "办件 " + application + (red ? " 被亮红牌" : " 超过法定办理时限") + "（" + rs.getObject("issued_on", LocalDate.class) + "）"));
                    return 1;
                }).list();
        return facts;
    }

    public static void add(Map<Long, List<ScoreFact>> facts, long unitId, ScoreFact fact) {
        facts.computeIfAbsent(unitId, id -> new ArrayList<>()).add(fact);
    }
}
