package org.opencounty.interaction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.calendar.Region;
import org.opencounty.calendar.WorkingDays;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.Role;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.files.FileStore;
import org.opencounty.files.UploadPolicy;
import org.opencounty.interaction.InteractionEvents.MessageChanged;
import org.opencounty.units.Unit;
import org.opencounty.units.Units;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A visitor leaves a message on the portal. Checked all at once (category, text, length, who must give a name and a
 * phone, the unit chosen, the honeypot, the rate limits), then routed: to the unit chosen, or by the center's routing
 * table. A message that cannot be routed, or whose screening fails, is kept all the same and waits for the center.
 */
@Service
public class MessageSubmission {

    private static final Logger log = LoggerFactory.getLogger(MessageSubmission.class);
    static final int MAX_TITLE = 100;
    static final int MAX_ATTACHMENTS = 3;

    /** A file the visitor attached: its name as sent and its bytes. */
    public record Upload(String filename, byte[] content) {
    }

    private final MessageStore store;
    private final RoutingTable routing;
    private final Units units;
    private final PublicText publicText;
    private final RateLimits rateLimits;
    private final UploadPolicy uploadPolicy;
    private final FileStore files;
    private final WorkingDays calendar;
    private final InteractionSettings settings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MessageSubmission(MessageStore store, RoutingTable routing, Units units, PublicText publicText, RateLimits rateLimits,
                      UploadPolicy uploadPolicy, FileStore files, WorkingDays calendar, InteractionSettings settings, AuditLog audit,
                      ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.routing = routing;
        this.units = units;
        this.publicText = publicText;
        this.rateLimits = rateLimits;
        this.uploadPolicy = uploadPolicy;
        this.files = files;
        this.calendar = calendar;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Message submit(Actor actor, long siteId, MessageForm form, String address, List<Upload> uploads) {
        Actor citizen = actor != null && actor.has(Role.CITIZEN) && actor.siteId() == siteId ? actor : null;
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<MessageCategory> category = MessageCategory.parse(form.category());
        if (category.isEmpty()) {
            errors.put("category", "请选择留言类型");
        }
        if (form.title().isEmpty() || form.title().length() > MAX_TITLE) {
            errors.put("title", "请填写标题（不超过" + MAX_TITLE + "字）");
        }
        if (form.content().isEmpty()) {
            errors.put("content", "请填写留言内容");
        } else if (form.content().length() > settings.maxContentLength()) {
            errors.put("content", "留言内容不能超过" + settings.maxContentLength() + "字（现为" + form.content().length() + "字）");
        }
        if (form.name().length() > 50) {
            errors.put("name", "姓名不能超过50字");
        }
        if (!form.phone().isEmpty() && !form.phone().matches("^1[3-9]\\d{9}$|^0\\d{2,3}-?\\d{7,8}$")) {
            errors.put("phone", "请填写正确的联系电话");
        }
        if (category.isPresent() && !category.get().anonymousAllowed() && citizen == null
                && (form.name().isEmpty() || form.phone().isEmpty())) {
            errors.put("name", category.get().label() + "请登录后提交，或填写姓名和联系电话，以便答复和核实");
        }
        Optional<Unit> chosen = Optional.empty();
        if (!form.unit().isEmpty()) {
            chosen = units.find(siteId, form.unit());
            if (chosen.isEmpty()) {
                errors.put("unit", "所选单位不存在");
            }
        }
        if (uploads.size() > MAX_ATTACHMENTS) {
            errors.put("attachments", "最多上传" + MAX_ATTACHMENTS + "个附件");
        }
        List<UploadPolicy.Accepted> accepted = new java.util.ArrayList<>();
        for (Upload upload : uploads) {
            try {
                accepted.add(uploadPolicy.check(upload.filename(), upload.content()));
            } catch (InvalidInputException e) {
                errors.put("attachments", e.getMessage());
            }
        }
        if (!form.honeypot().isBlank()) {
            // Hidden from people: only a script fills it. The answer says no more than for any refusal.
            errors.put("website", "提交失败，请刷新页面后重试");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        rateLimits.admit(address, citizen == null ? null : citizen.accountId());

        MessageCategory kind = category.orElseThrow();
        Long unitId = chosen.map(Unit::id).orElseGet(() -> routing.unitFor(siteId, kind).orElse(null));
        String withheld;
        try {
            withheld = form.publicAllowed() ? publicText.withheldReason(siteId, form.title(), form.content()) : "";
        } catch (RuntimeException e) {
            // The message is kept; the center reads it before anything of it is public.
            log.warn("Screening of a message failed; kept for the center", e);
            withheld = "未能自动审查，待中心人工核对";
            unitId = null;
        }
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.CHINA));
        LocalDate due = calendar.dueDate(today, settings.replyDays(kind), Region.XJ).dueDate();
        String name = form.name().isEmpty() && citizen != null ? citizen.displayName() : form.name();
        long id = store.insert(new MessageStore.NewMessage(siteId, kind, unitId, form.title(), form.content(), name, form.phone(),
                citizen == null ? null : citizen.accountId(), form.publicAllowed(), withheld, QueryCodes.next(),
                unitId == null ? MessageState.UNROUTED : MessageState.OPEN, today, clock.instant(), due));
        for (int i = 0; i < accepted.size(); i++) {
            byte[] content = uploads.get(i).content();
            store.attach(id, accepted.get(i).filename(), accepted.get(i).contentType(), content.length, files.put(content));
        }
        String by = citizen == null ? "visitor" : citizen.username();
        store.event(id, by, "submit", kind.label());
        if (unitId == null) {
            store.event(id, "system", "unrouted", withheld.isEmpty() ? "没有对应的分办规则，待中心分办" : withheld);
        } else {
            store.event(id, "system", "route", units.byId(unitId).map(Unit::name).orElse(""));
        }
        if (citizen != null) {
            audit.record(citizen, "message.submit", "message:" + id, AuditResult.SUCCESS, kind.label());
        } else {
            audit.record("visitor", "", "message.submit", "message:" + id, AuditResult.SUCCESS, kind.label());
        }
        Message message = store.find(id).orElseThrow();
        events.publishEvent(new MessageChanged(id, siteId, unitId, "submit", message.state()));
        return message;
    }
}
