package org.opencounty.supervision.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencounty.supervision.SignalType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sweep's SQL: one {@code INSERT … SELECT … ON CONFLICT DO NOTHING} per signal type. Nothing else is
 * written: the notices are the signals seen through each reader's scope (NoticeReads). Calendar arithmetic is done once per sweep
 * in Java ({@link SweepDates}) and reaches the SQL as plain dates, so that the statements compare dates and never
 * count days row by row.
 *
 * <p>Every lookup per candidate is an index probe or a lookup in a parameter, never a join the
 * planner could turn into a loop over all rows times all rows: with statistics lagging behind a large sweep it
 * did, more than once, in the benchmark (bench/README.md).
 *
 * <p>Reads other modules only through the views they publish for it (V15_2): {@code application_case} and
 * {@code catalogue_fee_standard}. A rule over a million cases has to be a join, not a loop over their Java APIs;
 * the views are plain projections, so the indexes of {@code application} answer as before.
 */
@Repository
public class SweepStatements {

    /** Serialises sweeps across nodes; any other constant would do, as long as no other lock uses it. */
    private static final long SWEEP_LOCK = 0x5355504552L;

    /**
     * The two clocks time signals watch, each a branch of its own so that each reads one covering partial index
     * of V6 (index-only, the application's heap untouched): a case being handled (ACCEPTED) runs against its
     * promise, a decided case waiting for delivery (APPROVED, DENIED) against its delivery limit. A suspended
     * clock stands still, so its case gets no time signal.
     */
    private record Clock(String condition, String due, String dueName) {
    }

    private static final Clock HANDLING = new Clock("a.state = 'ACCEPTED' and not a.clock_suspended", "a.promised_due", "承诺期限");
    private static final Clock DELIVERY = new Clock("a.state in ('APPROVED','DENIED') and not a.clock_suspended", "a.delivery_due", "送达期限");

    private static String bothClocks(Function<Clock, String> branch) {
        return branch.apply(HANDLING) + "\nunion all\n" + branch.apply(DELIVERY);
    }

    private static String byRegion(String cn, String xj) {
        return "case when a.region = 'CN' then " + cn + " else " + xj + " end";
    }

    private static String day(String expression) {
        return "to_char(" + expression + ", 'YYYY-MM-DD')";
    }

    /**
     * Per type: the candidates, as {@code select a.id, a.site_id, a.unit_id, a.handler, <detail> as detail from
     * application a …}. The statement leaves out cases that already have the signal (cheaper than letting the
     * insert conflict on every old case); the unique constraint still decides when two sweeps race. That check
     * is a lateral probe of the unique index per candidate, on purpose: written as NOT EXISTS (or a join),
     * PostgreSQL may choose a plan that compares every candidate with every signal of the type when its
     * statistics are stale (right after a large sweep, or after signals were removed), which grows with the
     * square of the backlog: measured at 35 s instead of 1 s for the red cards of the benchmark.
     */
    private static final Map<SignalType, String> CANDIDATES = new EnumMap<>(Map.of(
            // The upper bound before the region's own is a constant, so that the index range scan can use it.
            SignalType.WARNING, bothClocks(clock -> """
                    select a.id, a.site_id, a.unit_id, a.handler,
                           '%1$s ' || %2$s || ' 即将届满，剩余 ' || (select count(*) from unnest(%3$s) w where w <= %4$s) || ' 个工作日' as detail
                    from application_case a
                    where %5$s and %4$s >= :today and %4$s < :warnBeforeMax and %4$s < %6$s
                    """.formatted(clock.dueName(), day(clock.due()), byRegion("cast(:upcomingCn as date[])", "cast(:upcomingXj as date[])"),
                    clock.due(), clock.condition(), byRegion(":warnBeforeCn", ":warnBeforeXj"))),
            SignalType.YELLOW, bothClocks(clock -> """
                    select a.id, a.site_id, a.unit_id, a.handler, '已超过%1$s（' || %2$s || '）' as detail
                    from application_case a
                    where %3$s and %4$s < :today
                    """.formatted(clock.dueName(), day(clock.due()), clock.condition(), clock.due())),
            // Red follows a yellow card when the case is still open and still overdue after the follow-up period;
            // a case decided meanwhile is judged by its delivery limit, one lawfully extended by its new promise.
            // The yellow card is looked up per overdue case through the unique index, like the "issued before"
            // check below and for the same reason.
            SignalType.RED, bothClocks(clock -> """
                    select a.id, a.site_id, a.unit_id, a.handler,
                           '黄牌（' || %1$s || '）后 ' || :followUpDays || ' 个工作日仍未办结，%2$s为 ' || %3$s as detail
                    from application_case a
                    cross join lateral (select y.issued_on from supervision_signal y
                                        where y.application_id = a.id and y.type = 'YELLOW' limit 1) y
                    where %4$s and %5$s < :today and y.issued_on < :redBeforeMax and y.issued_on < %6$s
                    """.formatted(day("y.issued_on"), clock.dueName(), day(clock.due()), clock.condition(), clock.due(),
                    byRegion(":redBeforeCn", ":redBeforeXj"))),
            // The statutory limit (行政许可法 art. 42) is one for the decision: a decided case breached it if the
            // decision came late, whatever its delivery does.
            SignalType.STATUTORY_OVERDUE, """
                    select a.id, a.site_id, a.unit_id, a.handler, '已超过法定期限（' || %1$s || '）仍未作出决定' as detail
                    from application_case a
                    where %2$s and a.statutory_due < :today
                    union all
                    select a.id, a.site_id, a.unit_id, a.handler, '决定日期（' || %3$s || '）晚于法定期限（' || %1$s || '）' as detail
                    from application_case a
                    where %4$s and a.decided_on > a.statutory_due
                    """.formatted(day("a.statutory_due"), HANDLING.condition(), day("a.decided_on"), DELIVERY.condition()),
            SignalType.STEP_OVERDUE, bothClocks(clock -> """
                    select a.id, a.site_id, a.unit_id, a.handler, '当前环节已超过环节期限（' || %1$s || '）' as detail
                    from application_case a
                    where %2$s and a.step_due < :today
                    """.formatted(day("a.step_due"), clock.condition())),
            // The predicate is word for word the one of the partial index application_sweep_no_basis. The detail
            // leaves out the reason given, so that the index answers alone; the case shows it.
            SignalType.NO_LEGAL_BASIS, """
                    select a.id, a.site_id, a.unit_id, a.handler, '不予受理决定未说明法律依据' as detail
                    from application_case a
                    where a.state = 'REJECTED' and btrim(coalesce(a.rejection_legal_basis, ''), E' \\t\\r\\n\\u3000') = ''
                    """,
            // The standard is the catalogue's (catalogue_fee_standard: the live fees the item's live guide lists);
            // an item no longer published has no standard to compare with and is left alone.
            SignalType.FEE_ABOVE_STANDARD, """
                    select a.id, a.site_id, a.unit_id, a.handler,
                           '收费 ' || to_char(a.fee_charged, 'FM9999999990.00') || ' 元，超过收费标准合计 '
                               || to_char(s.total, 'FM9999999990.00') || ' 元' as detail
                    from catalogue_fee_standard s
                    join application_case a on a.service_item_id = s.item_id and a.fee_charged > 0 and a.fee_charged > s.total
                    """,
            SignalType.ACCEPTANCE_OVERDUE, """
                    select a.id, a.site_id, a.unit_id, a.handler, '提交后已超过受理期限（' || %s || '）仍未受理' as detail
                    from application_case a
                    where a.state = 'SUBMITTED' and not a.clock_suspended and a.acceptance_due < :today
                    """.formatted(day("a.acceptance_due"))));

    private static final String ISSUE = """
            with candidate as materialized (
                select c.* from (%s) c
                left join lateral (select 1 as done from supervision_signal s
                                   where s.application_id = c.id and s.type = :type limit 1) issued_before on true
                where issued_before.done is null
            ), issued as (
                insert into supervision_signal (site_id, unit_id, application_id, type, issued_on, issued_at, detail, handler)
                select site_id, unit_id, id, :type, :today, :issuedAt, detail, nullif(handler, '') from candidate
                on conflict (application_id, type) do nothing
                returning id, site_id, unit_id, application_id
            )
            select (select count(*) from issued) as total, x.id, x.site_id, x.unit_id, x.application_id
            from (select 1) as one
            left join lateral (select * from issued order by id limit :rows) as x on true
            """;

    /** A signal the statement inserted. */
    public record IssuedRow(long signalId, long siteId, long unitId, long applicationId) {
    }

    /** What one statement did: how many it inserted, and the first {@code rows} of them. */
    public record Issued(int total, List<IssuedRow> rows) {
    }

    private final JdbcClient jdbc;
    private final Map<SignalType, String> statements;

    SweepStatements(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.statements = CANDIDATES.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> ISSUE.formatted(entry.getValue()),
                        (a, b) -> a, () -> new EnumMap<>(SignalType.class)));
    }

    /** Waits until no other sweep runs, on any node; held until the transaction ends. */
    public void lock() {
        jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", SWEEP_LOCK).query((rs, n) -> 1).list();
    }

    /**
     * Brings the planner's statistics up to date after a sweep that inserted many rows, so that the next sweep
     * (ten minutes later, before autovacuum may have come by) and the board plan with the real sizes.
     */
    public void analyze() {
        jdbc.sql("analyze supervision_signal").update();
    }

    /** Issues every signal of {@code type} due on the sweep's day; returns at most {@code rows} of them. */
    public Issued issue(SignalType type, SweepDates dates, OffsetDateTime issuedAt, int rows) {
        List<IssuedRow> issued = new ArrayList<>();
        int[] total = {0};
        jdbc.sql(statements.get(type))
                .param("type", type.name())
                .param("today", dates.today())
                .param("issuedAt", issuedAt)
                .param("rows", rows)
                .param("warnBeforeMax", max(dates.warnBeforeCn(), dates.warnBeforeXj()))
                .param("warnBeforeCn", dates.warnBeforeCn())
                .param("warnBeforeXj", dates.warnBeforeXj())
                .param("upcomingCn", dates.upcomingCnArray())
                .param("upcomingXj", dates.upcomingXjArray())
                .param("redBeforeMax", max(dates.redBeforeCn(), dates.redBeforeXj()))
                .param("redBeforeCn", dates.redBeforeCn())
                .param("redBeforeXj", dates.redBeforeXj())
                .param("followUpDays", dates.followUpDays())
                .query(rs -> {
                    total[0] = rs.getInt("total");
                    long id = rs.getLong("id");
                    if (!rs.wasNull()) {
                        issued.add(new IssuedRow(id, rs.getLong("site_id"), rs.getLong("unit_id"), rs.getLong("application_id")));
                    }
                });
        return new Issued(total[0], issued);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
