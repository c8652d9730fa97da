package org.opencounty.interaction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opencounty.calendar.Region;
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

/** Reads messages: the staff's lists within their scope, one message, the public listing, the writer's own. */
@Service
@Transactional(readOnly = true)
public class MessageQueries {

    private final JdbcClient jdbc;
    private final MessageStore store;
    private final Units units;
    private final UnitAccess unitAccess;
    private final InteractionPermissions permissions;
    private final WorkingDays calendar;
    private final InteractionSettings settings;
    private final Clock clock;
    private final org.opencounty.files.FileStore files;

    MessageQueries(JdbcClient jdbc, MessageStore store, Units units, UnitAccess unitAccess, InteractionPermissions permissions,
                   WorkingDays calendar, InteractionSettings settings, Clock clock, org.opencounty.files.FileStore files) {
        this.files = files;
        this.jdbc = jdbc;
        this.store = store;
        this.units = units;
        this.unitAccess = unitAccess;
        this.permissions = permissions;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The messages the actor's scope holds (the center and supervisors: the site's; a unit: its own and its subordinate
     * units'), open ones first by due date; {@code state} null for every state, "OPEN_ALL" for every unanswered one.
     */
    public PageOf<MessageSummary> list(Actor actor, long siteId, String state, int page, int size) {
        if (actor == null || actor.siteId() != siteId || !actor.isStaff()) {
            throw new NotAllowedException("只有工作人员可以查看留言办理列表");
        }
        String scope;
        List<Long> subtree = List.of();
        if (permissions.canSeeAll(actor, siteId)) {
            scope = "m.site_id = :site";
        } else {
            subtree = unitAccess.subtree(siteId, actor.unitId());
            scope = "m.site_id = :site and m.unit_id in (:units)";
        }
        String stateFilter = state == null || state.isBlank() ? ""
                : "OPEN_ALL".equals(state) ? " and m.state <> 'ANSWERED'" : " and m.state = :state";
        String where = scope + stateFilter;
        var count = jdbc.sql("select count(*) from interaction_message m where " + where).param("site", siteId);
        var rows = jdbc.sql("""
                select m.id, m.category, m.title, m.unit_id, m.state, m.submitted_on, m.due_on, m.answered_on
                from interaction_message m where %s
                order by (m.state = 'ANSWERED'), m.due_on, m.id limit :limit offset :offset""".formatted(where))
                .param("site", siteId).param("limit", size).param("offset", (long) (page - 1) * size);
        if (!subtree.isEmpty()) {
            count = count.param("units", subtree);
            rows = rows.param("units", subtree);
        }
        if (!stateFilter.isEmpty() && !"OPEN_ALL".equals(state)) {
            count = count.param("state", state);
            rows = rows.param("state", state);
        }
        LocalDate today = today();
        LocalDate longBefore = today.minusDays(settings.longUnansweredDays());
        List<MessageSummary> items = rows.query((rs, n) -> {
            MessageCategory category = MessageCategory.valueOf(rs.getString("category"));
            MessageState s = MessageState.valueOf(rs.getString("state"));
            Long unitId = (Long) rs.getObject("unit_id");
            Optional<Unit> unit = unitId == null ? Optional.empty() : units.byId(unitId);
            LocalDate submitted = rs.getObject("submitted_on", LocalDate.class);
            LocalDate due = rs.getObject("due_on", LocalDate.class);
            boolean open = s != MessageState.ANSWERED;
            return new MessageSummary(rs.getLong("id"), category.name(), category.label(), rs.getString("title"),
                    unit.map(Unit::code).orElse(""), unit.map(Unit::name).orElse("待分办"), s.name(), s.label(), submitted, due,
                    rs.getObject("answered_on", LocalDate.class), open && due.isBefore(today), open && !submitted.isAfter(longBefore));
        }).list();
        return new PageOf<>(count.query(Long.class).single(), page, size, items);
    }

    /** One message for staff who may see it. */
    public MessageView view(Actor actor, long id) {
        Message message = store.find(id).orElseThrow(() -> new NotFoundException("留言不存在"));
        permissions.requireSameSite(actor, message.siteId(), "留言不存在");
        boolean writer = actor != null && message.accountId() != null && message.accountId() == actor.accountId();
        if (!writer && !permissions.canSee(actor, message.siteId(), message.unitId())) {
            throw new NotAllowedException("无权查看该留言");
        }
        return view(message);
    }

    /** What the holder of the query code sees: the whole exchange, with the phone given when the message was left. */
    public Optional<MessageView> status(long siteId, String queryCode, String phone) {
        String given = phone == null ? "" : phone.strip();
        return store.byQueryCode(siteId, QueryCodes.normalise(queryCode))
                .filter(message -> message.phone().equals(given))
                .map(this::view);
    }

    /** The signed-in citizen's own messages, newest first. */
    public List<MessageView> mine(Actor actor) {
        if (actor == null) {
            return List.of();
        }
        return jdbc.sql("select * from interaction_message where account_id = :account order by id desc limit 200")
                .param("account", actor.accountId()).query(MessageStore::message).list().stream().map(this::view).toList();
    }

    /** Answered messages their writers allowed to be public and screening let through, newest answer first. */
    public PageOf<PublicMessage> published(long siteId, int page, int size) {
        String where = "site_id = :site and state = 'ANSWERED' and public_allowed and withheld_reason = ''";
        long total = jdbc.sql("select count(*) from interaction_message where " + where).param("site", siteId).query(Long.class).single();
        List<PublicMessage> items = jdbc.sql("select * from interaction_message where " + where
                        + " order by answered_at desc, id desc limit :limit offset :offset")
                .param("site", siteId).param("limit", size).param("offset", (long) (page - 1) * size)
                .query(MessageStore::message).list().stream()
                .map(m -> new PublicMessage(m.id(), m.category().name(), m.category().label(), m.title(), m.content(), NameMask.mask(m.name()),
                        m.unitId() == null ? "" : units.byId(m.unitId()).map(Unit::name).orElse(""), m.reply(), m.submittedOn(), m.answeredOn()))
                .toList();
        return new PageOf<>(total, page, size, items);
    }

    /** A file attached to a message, for its writer and the staff who may see the message. */
    public record AttachmentFile(String filename, String contentType, byte[] content) {
    }

    public AttachmentFile attachment(Actor actor, long messageId, long attachmentId) {
        view(actor, messageId);
        MessageStore.Attachment attachment = store.attachments(messageId).stream().filter(a -> a.id() == attachmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("附件不存在"));
        return new AttachmentFile(attachment.filename(), attachment.contentType(), files.get(attachment.fileKey()));
    }

    private MessageView view(Message message) {
        Optional<Unit> unit = message.unitId() == null ? Optional.empty() : units.byId(message.unitId());
        LocalDate today = today();
        boolean open = !message.answered();
        Integer remaining = open ? calendar.workingDaysBetween(today, message.dueOn(), Region.parse(message.region()).orElse(Region.XJ)) : null;
        return new MessageView(message, unit.map(Unit::code).orElse(""), unit.map(Unit::name).orElse(""), store.history(message.id()),
                store.attachments(message.id()).stream().map(a -> new MessageView.AttachmentInfo(a.id(), a.filename(), a.size())).toList(),
                remaining, open && remaining >= 0 && remaining <= settings.nearDueDays(), open && remaining < 0,
                open && !message.submittedOn().isAfter(today.minusDays(settings.longUnansweredDays())));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.CHINA));
    }
}
