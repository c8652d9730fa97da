package org.opencounty.interaction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opencounty.calendar.WorkingDays;
import org.opencounty.common.Actor;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.common.web.PageOf;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitAccess;
import org.opencounty.units.Units;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads disclosure requests: the staff's lists within their scope, one request with its clocks, the applicant's own. */
@Service
@Transactional(readOnly = true)
public class DisclosureQueries {

    private final JdbcClient jdbc;
    private final DisclosureStore store;
    private final DisclosureHandling handling;
    private final Units units;
    private final UnitAccess unitAccess;
    private final InteractionPermissions permissions;
    private final WorkingDays calendar;
    private final Clock clock;

    DisclosureQueries(JdbcClient jdbc, DisclosureStore store, DisclosureHandling handling, Units units, UnitAccess unitAccess,
                      InteractionPermissions permissions, WorkingDays calendar, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.handling = handling;
        this.units = units;
        this.unitAccess = unitAccess;
        this.permissions = permissions;
        this.calendar = calendar;
        this.clock = clock;
    }

    public PageOf<DisclosureSummary> list(Actor actor, long siteId, String state, int page, int size) {
        if (actor == null || actor.siteId() != siteId || !actor.isStaff()) {
            throw new NotAllowedException("只有工作人员可以查看依申请公开办理列表");
        }
        boolean all = permissions.canSeeAll(actor, siteId);
        List<Long> subtree = all ? List.of() : unitAccess.subtree(siteId, actor.unitId());
        String where = "site_id = :site" + (all ? "" : " and unit_id in (:units)")
                + (state == null || state.isBlank() ? "" : "OPEN_ALL".equals(state) ? " and state in ('HANDLING','CORRECTION_REQUESTED','FEE_NOTICE')" : " and state = :state");
        var count = jdbc.sql("select count(*) from disclosure_request where " + where).param("site", siteId);
        var rows = jdbc.sql("select id, name, unit_id, state, received_on, due_on, outcome from disclosure_request where " + where
                        + " order by (state in ('ANSWERED','CORRECTION_LAPSED','FEE_UNPAID')), due_on, id limit :limit offset :offset")
                .param("site", siteId).param("limit", size).param("offset", (long) (page - 1) * size);
        if (!all) {
            count = count.param("units", subtree);
            rows = rows.param("units", subtree);
        }
        if (state != null && !state.isBlank() && !"OPEN_ALL".equals(state)) {
            count = count.param("state", state);
            rows = rows.param("state", state);
        }
        LocalDate today = today();
        List<DisclosureSummary> items = rows.query((rs, n) -> {
            DisclosureState s = DisclosureState.valueOf(rs.getString("state"));
            LocalDate due = rs.getObject("due_on", LocalDate.class);
            return new DisclosureSummary(rs.getLong("id"), rs.getString("name"), units.byId(rs.getLong("unit_id")).map(Unit::name).orElse(""),
                    s.name(), s.label(), rs.getObject("received_on", LocalDate.class), due, !s.closed() && due != null && due.isBefore(today),
                    rs.getString("outcome"));
        }).list();
        return new PageOf<>(count.query(Long.class).single(), page, size, items);
    }

    /** One request for its applicant or for staff who may see it. */
    public DisclosureView view(Actor actor, long id) {
        DisclosureRequest request = handling.load(id);
        permissions.requireSameSite(actor, request.siteId(), "申请不存在");
        boolean applicant = actor != null && request.accountId() != null && request.accountId() == actor.accountId();
        if (!applicant && !permissions.canSee(actor, request.siteId(), request.unitId())) {
            throw new NotAllowedException("无权查看该申请");
        }
        return view(request);
    }

    public Optional<DisclosureView> status(long siteId, String queryCode, String phone) {
        String given = phone == null ? "" : phone.strip();
        return store.byQueryCode(siteId, QueryCodes.normalise(queryCode)).filter(r -> r.phone().equals(given)).map(this::view);
    }

    public List<DisclosureView> mine(Actor actor) {
        if (actor == null) {
            return List.of();
        }
        return jdbc.sql("select " + DisclosureStore.COLUMNS + " from disclosure_request where account_id = :account order by id desc limit 200")
                .param("account", actor.accountId()).query(DisclosureStore::request).list().stream().map(this::view).toList();
    }

    DisclosureView view(DisclosureRequest request) {
        DisclosureClock clock = handling.clockOf(request);
        Optional<Unit> unit = units.byId(request.unitId());
        LocalDate today = today();
        Integer remaining = request.state() == DisclosureState.HANDLING || request.state() == DisclosureState.FEE_NOTICE
                ? clock.remainingWorkingDays(today, calendar) : null;
        List<DisclosureView.Consultation> consultations = store.consultations(request.id()).stream()
                .map(c -> new DisclosureView.Consultation(c.party(), c.sentOn(), clock.consultationEnds(c.sentOn(), calendar), c.answeredOn(), c.answer()))
                .toList();
        return new DisclosureView(request, unit.map(Unit::name).orElse(""), unit.map(Unit::legalName).orElse(""), store.history(request.id()),
                consultations, remaining, request.correctionRequestedOn() == null && request.state() == DisclosureState.HANDLING
                ? clock.correctionNoticeDue(calendar).dueDate() : null, remaining != null && remaining < 0);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.CHINA));
    }
}
