package org.opencounty.coordination.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.content.Category;
import org.opencounty.coordination.ColumnStaleness;
import org.opencounty.coordination.RuleKind;
import org.opencounty.coordination.ScoreFact;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The facts the scheme deducts for, for every unit of a site and a year at once: one statement per kind of fact, so
 * that recomputing every unit costs the same few statements for 30 units or 300. Tasks count in the year of their
 * deadline: late when fulfilled after the deadline day (Beijing time) but by the end of the year, overdue when not
 * fulfilled by the earlier of today and the year's end. Red cards and statutory overdue signals count in the year
 * they were issued. Inspection findings count as tasks do, by their due date; stale columns as of the cutoff. Other
 * modules are read through the views they publish (V15_2, V20_1, V20_2, V28_1).
 */
@Repository
public class AssessmentFacts {

    private final JdbcClient jdbc;

    AssessmentFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The tasks that count against their unit in the year: late, or not fulfilled by the cutoff. */
    private static final String TASKS = """
             from coord_task_unit tu
            join coord_task t on t.id = tu.task_id
            join unit_directory u on u.id = tu.unit_id
            where tu.site_id = :site and t.deadline >= :from and t.deadline < :cutoff
              and (tu.fulfilled_at is null
                   or tu.fulfilled_at >= (t.deadline + 1)::timestamp at time zone 'Asia/Shanghai')
              and (tu.fulfilled_at is not null or t.deadline < :cutoff)""";

    private static final String TASK_RULE = """
            case when tu.fulfilled_at is null or tu.fulfilled_at >= (:nextYear)::timestamp at time zone 'Asia/Shanghai'
                 then 'TASK_OVERDUE' else 'TASK_LATE' end""";

    private static final String SIGNALS = """
             from coord_signal_fact
            where site_id = :site and type in ('RED', 'STATUTORY_OVERDUE') and issued_on >= :from and issued_on < :to""";

    private static final String FINDINGS = """

            from coord_finding f
            join coord_inspection i on i.id = f.inspection_id
            where f.site_id = :site and f.due_date >= :from and f.due_date < :cutoff
              and (f.rectified_at is null
                   or f.rectified_at >= (f.due_date + 1)::timestamp at time zone 'Asia/Shanghai')""";

    /**
     * How many facts of each kind each unit has in the year as of {@code today}, counted in SQL: what the ranking needs
     * (the scheme deducts per fact up to a cap), in the same statements as {@link #of} but one row per unit and kind
     * rather than per fact. The same facts as {@link #of}, from the same conditions.
     */
    public Map<Long, Map<RuleKind, Long>> counts(long siteId, int year, LocalDate today) {
        Map<Long, Map<RuleKind, Long>> counts = new HashMap<>();
        LocalDate cutoff = cutoff(year, today);
        RowMapper<Integer> count = (rs, n) -> {
            counts.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(RuleKind.class))
                    .merge(RuleKind.valueOf(rs.getString(2)), rs.getLong(3), Long::sum);
            return 1;
        };
        jdbc.sql("select tu.unit_id, " + TASK_RULE + " as rule, count(*)" + TASKS + " group by 1, 2")
                .param("site", siteId).param("from", LocalDate.of(year, 1, 1)).param("nextYear", LocalDate.of(year + 1, 1, 1))
                .param("cutoff", cutoff).query(count).list();
        jdbc.sql("select unit_id, case when type = 'RED' then 'RED_CARD' else 'STATUTORY_OVERDUE' end, count(*)" + SIGNALS + " group by 1, 2")
                .param("site", siteId).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
                .query(count).list();
        jdbc.sql("select f.unit_id, 'FINDING_OVERDUE', count(*)" + FINDINGS + " group by 1")
                .param("site", siteId).param("from", LocalDate.of(year, 1, 1)).param("cutoff", cutoff).query(count).list();
        if (cutoff.getYear() >= year) {
            // One row per stale column already: its facts are counted as they are read.
            Map<Long, List<ScoreFact>> columns = new HashMap<>();
            columnFacts(columns, siteId, cutoff.atStartOfDay(TimeConfiguration.CHINA).toInstant());
            columns.forEach((unit, facts) -> counts.computeIfAbsent(unit, id -> new EnumMap<>(RuleKind.class))
                    .merge(RuleKind.COLUMN_STALE, (long) facts.size(), Long::sum));
        }
        return counts;
    }

    /** The day the year's facts are taken at: today, or the first day after the year once it is over. */
    private static LocalDate cutoff(int year, LocalDate today) {
        return today.isBefore(LocalDate.of(year + 1, 1, 1)) ? today : LocalDate.of(year + 1, 1, 1);
    }

    /** Every unit's facts of the year as of {@code today}, by unit id, each list in the order the facts happened. */
    public Map<Long, List<ScoreFact>> of(long siteId, int year, LocalDate today) {
        Map<Long, List<ScoreFact>> facts = new HashMap<>();
        LocalDate cutoff = cutoff(year, today);
        jdbc.sql("select tu.unit_id, t.id, t.title, t.deadline, u.code, " + TASK_RULE + " as rule,"
                        + " to_char(tu.fulfilled_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as fulfilled_on" + TASKS + " order by t.deadline, t.id")
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
        jdbc.sql("select unit_id, application_id, type, issued_on" + SIGNALS + " order by issued_on, id")
                .param("site", siteId).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> {
                    boolean red = "RED".equals(rs.getString("type"));
                    long application = rs.getLong("application_id");
                    add(facts, rs.getLong("unit_id"), new ScoreFact(red ? RuleKind.RED_CARD : RuleKind.STATUTORY_OVERDUE, "case",
                            application, "/admin/applications/" + application,
                            "办件 " + application + (red ? " 被亮红牌" : " 超过法定办理时限") + "（" + rs.getObject("issued_on", LocalDate.class) + "）"));
                    return 1;
                }).list();
        findingFacts(facts, siteId, year, cutoff);
        if (cutoff.getYear() >= year) {
            // A year not begun yet has no monitoring point.
            columnFacts(facts, siteId, cutoff.atStartOfDay(TimeConfiguration.CHINA).toInstant());
        }
        return facts;
    }

    /**
     * Findings count in the year of their due date, as tasks do: rectified late when the closed rectification was sent on
     * after the due day (Beijing time) but by the year's end, not rectified in time when still not closed at the cutoff.
     */
    private void findingFacts(Map<Long, List<ScoreFact>> facts, long siteId, int year, LocalDate cutoff) {
        jdbc.sql("""
                        select f.unit_id, f.id, f.inspection_id, f.problem, f.due_date, i.name,
                               f.rectified_at is not null and f.rectified_at < (:nextYear)::timestamp at time zone 'Asia/Shanghai' as late,
                               to_char(f.rectified_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as rectified_on""" + FINDINGS
                        + " order by f.due_date, f.id")
                .param("site", siteId).param("from", LocalDate.of(year, 1, 1)).param("nextYear", LocalDate.of(year + 1, 1, 1))
                .param("cutoff", cutoff)
                .query((rs, n) -> {
                    long inspection = rs.getLong("inspection_id");
                    String reason = "督查“" + rs.getString("name") + "”发现的问题“" + rs.getString("problem") + "”（整改期限 "
                            + rs.getObject("due_date", LocalDate.class) + "）"
                            + (rs.getBoolean("late") ? "逾期整改，整改于 " + rs.getString("rectified_on") : "逾期未整改");
                    add(facts, rs.getLong("unit_id"), new ScoreFact(RuleKind.FINDING_OVERDUE, "finding", rs.getLong("id"),
                            "/admin/inspections/" + inspection + "/findings/" + rs.getLong("id"), reason));
                    return 1;
                }).list();
    }

    /**
     * Each monitored column a unit publishes in whose last article before the monitoring point {@code at} is older than
     * the column's threshold ({@link ColumnStaleness}), for every unit of the site in one statement.
     */
    private void columnFacts(Map<Long, List<ScoreFact>> facts, long siteId, Instant at) {
        List<Category> fortnightly = ColumnStaleness.fortnightly();
        List<Category> halfYearly = ColumnStaleness.monitored().stream().filter(c -> !fortnightly.contains(c)).toList();
        jdbc.sql("""
                        select p.unit_id, p.category, max(p.published_at) as last_at,
                               (array_agg(p.article_id order by p.published_at desc, p.article_id desc))[1] as last_id
                        from coord_article_fact p
                        where p.site_id = :site and p.published_at < :at and p.category in (:monitored)
                        group by p.unit_id, p.category
                        having max(p.published_at) < case when p.category in (:fortnightly) then :fortnightSince else :halfYearSince end
                        order by p.unit_id, p.category""")
                .param("site", siteId).param("at", utc(at))
                .param("monitored", ColumnStaleness.monitored().stream().map(Category::code).toList())
                .param("fortnightly", fortnightly.stream().map(Category::code).toList())
                .param("fortnightSince", utc(ColumnStaleness.updatedSince(fortnightly.getFirst(), at)))
                .param("halfYearSince", utc(ColumnStaleness.updatedSince(halfYearly.getFirst(), at)))
                .query((rs, n) -> {
                    Category column = Category.byCode(rs.getString("category")).orElseThrow();
                    LocalDate last = rs.getObject("last_at", OffsetDateTime.class).atZoneSameInstant(TimeConfiguration.CHINA).toLocalDate();
                    long article = rs.getLong("last_id");
                    add(facts, rs.getLong("unit_id"), new ScoreFact(RuleKind.COLUMN_STALE, "column", article, "/articles/" + article,
                            "栏目“" + column.title() + "”自 " + last + " 起未更新（" + ColumnStaleness.describe(column) + "）"));
                    return 1;
                }).list();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public static void add(Map<Long, List<ScoreFact>> facts, long unitId, ScoreFact fact) {
        facts.computeIfAbsent(unitId, id -> new ArrayList<>()).add(fact);
    }
}
