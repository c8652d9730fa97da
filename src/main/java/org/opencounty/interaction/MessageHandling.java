package org.opencounty.interaction;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.ConflictException;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.interaction.InteractionEvents.MessageChanged;
import org.opencounty.units.Unit;
import org.opencounty.units.Units;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's side of a message: the center routes and transfers (转办) it, a unit returns one that is not its own
 * (once), the unit's handler writes the reply and the unit's leader approves it before it is sent. Nobody approves
 * their own reply. The reply limit runs from the day the message came in, whoever holds it.
 */
@Service
public class MessageHandling {

    static final int MAX_REPLY = 5000;

    private final MessageStore store;
    private final Units units;
    private final InteractionPermissions permissions;
    private final PublicText publicText;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MessageHandling(MessageStore store, Units units, InteractionPermissions permissions, PublicText publicText, AuditLog audit,
                    ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.units = units;
        this.permissions = permissions;
        this.publicText = publicText;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** 转办 (or the first routing of a message the table could not route): the center sends it to a unit, with a reason. */
    @Transactional
    public Message transfer(Actor actor, long id, long expectedVersion, String unitCode, String reason) {
        Message message = load(actor, id);
        permissions.requireCenter(actor, message.siteId());
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        Unit unit = units.find(message.siteId(), unitCode == null ? "" : unitCode.strip()).orElse(null);
        if (unit == null) {
            errors.put("unit", "请选择要转办的单位");
        } else if (unit.id().equals(message.unitId())) {
            errors.put("unit", "该留言已在该单位办理");
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reason", "请填写转办理由");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        require(message, expectedVersion, "transfer", MessageState.UNROUTED, MessageState.OPEN, MessageState.PENDING_LEADER);
        store.update(message, "unit_id = :unit, state = 'OPEN', reply = '', replied_by = null", Map.of("unit", unit.id()));
        return done(actor, message, "transfer", unit.name() + "：" + reason.strip());
    }

    /** The unit says the message is not its own: back to the center, once per message. */
    @Transactional
    public Message returnToCenter(Actor actor, long id, long expectedVersion, String reason) {
        Message message = load(actor, id);
        if (!permissions.canReturn(actor, message.siteId(), message.unitId())) {
            throw new NotAllowedException("只有承办单位可以退回留言");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.field("reason", "请填写退回理由");
        }
        require(message, expectedVersion, "return", MessageState.OPEN);
        if (message.returnedOnce()) {
            throw new ConflictException("ALREADY_RETURNED", "该留言已退回过一次，不能再次退回，请办理或联系中心");
        }
        store.update(message, "unit_id = null, state = 'UNROUTED', returned_once = true", Map.of());
        return done(actor, message, "return", reason.strip());
    }

    /** The handler's reply, sent to the unit's leader for approval. */
    @Transactional
    public Message reply(Actor actor, long id, long expectedVersion, String reply) {
        Message message = load(actor, id);
        if (!permissions.canReply(actor, message.siteId(), message.unitId())) {
            throw new NotAllowedException("只有承办单位的经办人或信息员可以答复");
        }
        String text = reply == null ? "" : reply.strip();
        if (text.isEmpty() || text.length() > MAX_REPLY) {
            throw InvalidInputException.field("reply", "请填写答复内容（不超过" + MAX_REPLY + "字）");
        }
        require(message, expectedVersion, "reply", MessageState.OPEN);
        store.update(message, "reply = :reply, replied_by = :by, state = 'PENDING_LEADER'", Map.of("reply", text, "by", actor.username()));
        return done(actor, message, "reply", "");
    }

    /** The leader approves the reply: it is sent, and public if the writer allowed it and screening finds nothing. */
    @Transactional
    public Message approve(Actor actor, long id, long expectedVersion) {
        Message message = load(actor, id);
        if (!permissions.canApprove(actor, message.siteId(), message.unitId())) {
            throw new NotAllowedException("只有承办单位的领导可以审核答复");
        }
        require(message, expectedVersion, "approve", MessageState.PENDING_LEADER);
        if (actor.username().equals(message.repliedBy())) {
            throw new NotAllowedException("不能审核自己拟写的答复");
        }
        String withheld = message.withheldReason();
        if (message.publicAllowed() && withheld.isEmpty()) {
            withheld = publicText.withheldReason(message.siteId(), message.reply());
        }
        Map<String, Object> params = new HashMap<>();
        params.put("by", actor.username());
        params.put("today", LocalDate.now(clock.withZone(TimeConfiguration.CHINA)));
        params.put("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        params.put("withheld", withheld);
        store.update(message, "state = 'ANSWERED', approved_by = :by, answered_on = :today, answered_at = :at, withheld_reason = :withheld", params);
        return done(actor, message, "approve", withheld.isEmpty() ? "" : "不公开：" + withheld);
    }

    /** The leader sends the reply back to the handler with what to change. */
    @Transactional
    public Message returnReply(Actor actor, long id, long expectedVersion, String reason) {
        Message message = load(actor, id);
        if (!permissions.canApprove(actor, message.siteId(), message.unitId())) {
            throw new NotAllowedException("只有承办单位的领导可以审核答复");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.field("reason", "请填写退回修改的理由");
        }
        require(message, expectedVersion, "return-reply", MessageState.PENDING_LEADER);
        store.update(message, "state = 'OPEN'", Map.of());
        return done(actor, message, "return-reply", reason.strip());
    }

    private Message done(Actor actor, Message before, String action, String note) {
        store.event(before.id(), actor.username(), action, note);
        audit.record(actor, "message." + action, "message:" + before.id(), AuditResult.SUCCESS, note);
        Message after = store.find(before.id()).orElseThrow();
        events.publishEvent(new MessageChanged(after.id(), after.siteId(), after.unitId(), action, after.state()));
        return after;
    }

    /** The message; its version is compared by {@link #require}, after the permission check, so that a refusal stays a refusal. */
    private Message load(Actor actor, long id) {
        Message message = store.find(id).orElseThrow(() -> new NotFoundException("留言不存在"));
        permissions.requireSameSite(actor, message.siteId(), "留言不存在");
        return message;
    }

    private static void require(Message message, long version, String action, MessageState... allowed) {
        if (version >= 0 && message.version() != version) {
            throw new ConflictException("STALE_VERSION", "该留言已被他人处理，请刷新后重试");
        }
        if (!EnumSet.of(allowed[0], allowed).contains(message.state())) {
            throw new ConflictException("INVALID_STATE", "留言当前状态为“" + message.state().label() + "”，不能执行此操作（" + action + "）");
        }
    }
}
