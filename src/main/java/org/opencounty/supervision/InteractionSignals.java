package org.opencounty.supervision;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.opencounty.calendar.Region;
import org.opencounty.calendar.WorkingDays;
import org.opencounty.common.Actor;
import org.opencounty.common.web.PageOf;
import org.opencounty.units.UnitAccess;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sweep's part for public interaction: one set-based statement per {@link InteractionSignalType} over the
 * {@code interaction_case} view the interaction module publishes, each signal issued once; and the list a reader sees.
 * The number of days that makes a message "long unanswered" is interaction's setting, read by name so that this
 * module does not depend on that one. A rating's overdue follow-up is read from {@code interaction_follow_up}; its
 * signal shows as handled as soon as the follow-up is done, and the next sweep records the day. A message's or a
 * disclosure request's signals show as handled as soon as it is answered (or, a request, closed), and the next sweep
 * records the day it was ({@code interaction_case_done}), once.
 */
@Service
public class InteractionSignals {

    private static final Map<InteractionSignalType, String> CANDIDATES = new EnumMap<>(Map.of(
            InteractionSignalType.NEAR_DUE, """
                    select kind, id, site_id, unit_id, '答复期限 ' || to_char(due_on, 'YYYY-MM-DD') || ' 即将届满' as detail
                    from interaction_case where due_on >= :today and due_on <= :nearBefore""",
            InteractionSignalType.OVERDUE, """
                    select kind, id, site_id, unit_id, '已超过答复期限（' || to_char(due_on, 'YYYY-MM-DD') || '）' as detail
                    from interaction_case where due_on < :today""",
            InteractionSignalType.LONG_UNANSWERED, """
                    select kind, id, site_id, unit_id, '留言于 ' || to_char(received_on, 'YYYY-MM-DD') || ' 提交，至今未答复（满三个月即构成互动回应差单项否决）' as detail
                    from interaction_case where kind = 'MESSAGE' and received_on <= :longBefore""",
            InteractionSignalType.FOLLOW_UP_OVERDUE, """
                    select kind, id, site_id, unit_id, '差评于 ' || to_char(rated_on, 'YYYY-MM-DD') || ' 作出，回访整改期限 '
                        || to_char(due_on, 'YYYY-MM-DD') || ' 已过，尚未办结' as detail
                    from interaction_follow_up where due_on < :today"""));

    /**
     * A signal's subject is done: a rating once it has left the open follow-ups; a message once answered, a disclosure
     * request once answered or closed ({@code interaction_case_done}, which gives the day).
     */
    private static final String SUBJECT_DONE = """
            ((s.kind = 'RATING' and not exists (select 1 from interaction_follow_up f where f.id = s.subject_id))
             or exists (select 1 from interaction_case_done d where d.kind = s.kind and d.id = s.subject_id))""";

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;
    private final SupervisionSettings settings;
    private final UnitAccess unitAccess;
    private final int longUnansweredDays;

    InteractionSignals(JdbcClient jdbc, WorkingDays workingDays, SupervisionSettings settings, UnitAccess unitAccess,
                       @Value("${opencounty.interaction.long-unanswered-days:45}") int longUnansweredDays) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.settings = settings;
        this.unitAccess = unitAccess;
        this.longUnansweredDays = longUnansweredDays;
    }

    /** Issues the day's new signals; called by the sweep inside its transaction and lock. Returns how many are new. */
    @Transactional
    public Map<InteractionSignalType, Integer> issue(LocalDate today) {
        LocalDate nearBefore = workingDays.dueDate(today, settings.warningDays(), Region.XJ).dueDate();
        Map<InteractionSignalType, Integer> counts = new EnumMap<>(InteractionSignalType.class);
        CANDIDATES.forEach((type, candidates) -> counts.put(type, jdbc.sql("""
                        insert into supervision_interaction_signal (site_id, unit_id, kind, subject_id, type, issued_on, detail)
                        select site_id, unit_id, kind, id, :type, :today, detail from (%s) c
                        on conflict (kind, subject_id, type) do nothing""".formatted(candidates))
                .param("type", type.name()).param("today", today).param("nearBefore", nearBefore)
                .param("longBefore", today.minusDays(longUnansweredDays)).update()));
        // Messages and requests on the day they were answered or closed; ratings on the day the sweep found them done.
        jdbc.sql("""
                        update supervision_interaction_signal s set handled_on = d.done_on from interaction_case_done d
                        where s.handled_on is null and d.kind = s.kind and d.id = s.subject_id""").update();
        jdbc.sql("update supervision_interaction_signal s set handled_on = :today where s.handled_on is null and " + SUBJECT_DONE)
                .param("today", today).update();
        return counts;
    }

    /** The signals the reader may see, newest first: the site's for supervisors and the center's administrators, a leader's units'. */
    @Transactional(readOnly = true)
    public PageOf<InteractionSignal> list(Actor actor, int page, int size) {
        if (!SupervisionAccess.reader(actor)) {
            throw new org.opencounty.common.NotAllowedException("只有监察人员、中心管理员和单位主要领导可以查看电子监察信息");
        }
        boolean site = SupervisionAccess.siteWide(actor);
        List<Long> units = site ? List.of() : unitAccess.subtree(actor.siteId(), actor.unitId());
        String where = "s.site_id = :site" + (site ? "" : " and s.unit_id in (:units)");
        var count = jdbc.sql("select count(*) from supervision_interaction_signal s where " + where).param("site", actor.siteId());
        var rows = jdbc.sql("""
                select s.*, coalesce(u.name, '待分办') as unit_name, (s.handled_on is not null or %s) as handled
                from supervision_interaction_signal s
                left join unit_directory u on u.id = s.unit_id
                where %s order by s.id desc limit :limit offset :offset""".formatted(SUBJECT_DONE, where))
                .param("site", actor.siteId()).param("limit", size).param("offset", (long) (page - 1) * size);
        if (!site) {
            count = count.param("units", units);
            rows = rows.param("units", units);
        }
        List<InteractionSignal> items = rows.query((rs, n) -> new InteractionSignal(rs.getLong("id"), rs.getString("kind"), rs.getLong("subject_id"),
                rs.getString("unit_name"), InteractionSignalType.valueOf(rs.getString("type")), rs.getObject("issued_on", LocalDate.class),
                rs.getString("detail"), rs.getBoolean("handled"))).list();
        return new PageOf<>(count.query(Long.class).single(), page, size, items);
    }
}
