package org.opencounty.interaction;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.calendar.Region;
import org.opencounty.calendar.WorkingDays;
import org.opencounty.common.Actor;
import org.opencounty.common.ConflictException;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.Role;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.interaction.InteractionEvents.RequestChanged;
import org.opencounty.units.Unit;
import org.opencounty.units.Units;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 依申请公开 (条例 art. 27–45): a citizen's request is received online (the day both sides confirm it: the day it is
 * submitted and the receipt shown), the unit's handler may send one 补正 notice within 7 working days, consult third
 * parties, send a fee notice, and answers with one of the types of art. 36 (or 37) with what that type requires; the
 * unit's leader approves the one extension. Requests whose correction or fee did not come in time end by the sweep.
 * The due date is the projection of {@link DisclosureClock}, written after every change.
 */
@Service
public class DisclosureHandling {

    static final Set<String> ID_TYPES = Set.of("居民身份证", "护照", "港澳居民来往内地通行证", "台湾居民来往大陆通行证", "统一社会信用代码", "其他");
    static final Map<String, String> FORMS = Map.of("PAPER", "纸质文本", "ELECTRONIC", "电子数据", "EMAIL", "电子邮件", "PICKUP", "当面查阅、抄录");
    static final Set<String> ORGANISATION_KINDS = Set.of("COMMERCIAL", "RESEARCH", "PUBLIC_WELFARE", "LEGAL_SERVICE", "OTHER");
    static final int MAX_TEXT = 5000;

    private final DisclosureStore store;
    private final Units units;
    private final InteractionPermissions permissions;
    private final WorkingDays calendar;
    private final InteractionSettings settings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DisclosureHandling(DisclosureStore store, Units units, InteractionPermissions permissions, WorkingDays calendar, InteractionSettings settings,
                       AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.units = units;
        this.permissions = permissions;
        this.calendar = calendar;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A signed-in citizen's request; received today (art. 31: online, the day both sides confirm it). */
    @Transactional
    public DisclosureRequest submit(Actor actor, long siteId, DisclosureForm form) {
        if (actor == null || !actor.has(Role.CITIZEN) || actor.siteId() != siteId) {
            throw new NotAllowedException("请以公众账号登录后提出政府信息公开申请");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Unit unit = units.find(siteId, form.unit()).orElse(null);
        if (unit == null) {
            errors.put("unit", "请选择受理申请的机关");
        }
        if (!Set.of("NATURAL", "LEGAL").contains(form.applicantType())) {
            errors.put("applicantType", "请选择申请人类型（公民或法人/其他组织）");
        }
        if ("LEGAL".equals(form.applicantType()) && !ORGANISATION_KINDS.contains(form.organisationKind())) {
            errors.put("organisationKind", "请选择法人或其他组织的类别");
        }
        if (form.name().isEmpty() || form.name().length() > 200) {
            errors.put("name", "请填写申请人姓名或名称");
        }
        if (!ID_TYPES.contains(form.idType())) {
            errors.put("idType", "请选择身份证明类型");
        }
        if ("居民身份证".equals(form.idType()) ? !form.idNumber().matches("^\\d{17}[\\dX]$") : form.idNumber().length() < 4 || form.idNumber().length() > 60) {
            errors.put("idNumber", "请填写正确的身份证明号码");
        }
        if (!form.phone().matches("^1[3-9]\\d{9}$|^0\\d{2,3}-?\\d{7,8}$")) {
            errors.put("phone", "请填写正确的联系电话");
        }
        if (form.address().length() > 300) {
            errors.put("address", "通信地址不能超过300字");
        }
        if (form.description().isEmpty() || form.description().length() > MAX_TEXT) {
            errors.put("description", "请描述所需政府信息的名称、文号或便于查询的其他特征（不超过" + MAX_TEXT + "字）");
        }
        if (!FORMS.containsKey(form.form())) {
            errors.put("form", "请选择获取信息的方式");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDate today = today();
        LocalDate due = new DisclosureClock(today, Region.XJ, null, List.of(), 0).answerDue(calendar).dueDate();
        long id = store.insert(siteId, unit.id(), actor.accountId(), form, QueryCodes.next(), today, due);
        store.event(id, actor.username(), "submit", "收到申请之日 " + today);
        audit.record(actor, "disclosure.submit", "disclosure:" + id, AuditResult.SUCCESS, unit.name());
        return changed(load(id), actor, "submit");
    }

    /** The one 补正 notice (art. 30), within 7 working days of receipt, with what to supply and by when. */
    @Transactional
    public DisclosureRequest requestCorrection(Actor actor, long id, long version, String note) {
        DisclosureRequest request = handler(actor, id);
        if (note == null || note.isBlank() || note.length() > MAX_TEXT) {
            throw InvalidInputException.field("note", "请一次性写明需要补正的事项");
        }
        require(request, version, "correction", DisclosureState.HANDLING);
        if (request.correctionRequestedOn() != null) {
            throw new ConflictException("CORRECTION_ALREADY_SENT", "补正通知只能发出一次（条例第三十条）");
        }
        LocalDate today = today();
        if (today.isAfter(clockOf(request).correctionNoticeDue(calendar).dueDate())) {
            throw new ConflictException("CORRECTION_TOO_LATE", "补正通知应在收到申请之日起7个工作日内发出");
        }
        LocalDate due = calendar.dueDate(today, settings.correctionPeriodDays(), Region.XJ).dueDate();
        store.update(request, "state = 'CORRECTION_REQUESTED', correction_requested_on = :today, correction_note = :note, correction_due = :due, handler = :by",
                Map.of("today", today, "note", note.strip(), "due", due, "by", actor.username()));
        return done(actor, request, "correction", "补正期限 " + due);
    }

    /** The applicant's correction: the description completed; the 20 working days start again today (art. 30). */
    @Transactional
    public DisclosureRequest correct(Actor actor, long id, long version, String text) {
        DisclosureRequest request = load(actor, id);
        if (actor == null || request.accountId() == null || request.accountId() != actor.accountId()) {
            throw new NotAllowedException("只能补正自己的申请");
        }
        if (text == null || text.isBlank() || request.description().length() + text.length() > MAX_TEXT * 2) {
            throw InvalidInputException.field("text", "请填写补正内容");
        }
        require(request, version, "corrected", DisclosureState.CORRECTION_REQUESTED);
        store.update(request, "state = 'HANDLING', correction_received_on = :today, description = description || :text",
                Map.of("today", today(), "text", "\n【补正】" + text.strip()));
        return done(actor, request, "corrected", "");
    }

    /** The one extension (art. 33), at most 20 working days, approved by the unit's leader before the period ends. */
    @Transactional
    public DisclosureRequest extend(Actor actor, long id, long version, Integer days, String reason) {
        DisclosureRequest request = load(actor, id);
        if (!permissions.canApprove(actor, request.siteId(), request.unitId())) {
            throw new NotAllowedException("延长答复期限须经本机关负责人同意");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (days == null || days < 1 || days > DisclosureClock.MAX_EXTENSION_DAYS) {
            errors.put("days", "延长的期限最长不得超过" + DisclosureClock.MAX_EXTENSION_DAYS + "个工作日");
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reason", "请填写延长理由");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        require(request, version, "extend", DisclosureState.HANDLING, DisclosureState.FEE_NOTICE);
        if (request.extensionDays() > 0) {
            throw new ConflictException("ALREADY_EXTENDED", "答复期限只能延长一次");
        }
        if (request.dueOn() != null && today().isAfter(request.dueOn())) {
            throw new ConflictException("PERIOD_ENDED", "答复期限已届满，不能再延长");
        }
        store.update(request, "extension_days = :days, extension_reason = :reason, extension_approved_by = :by",
                Map.of("days", days, "reason", reason.strip(), "by", actor.username()));
        return done(actor, request, "extend", days + " 个工作日：" + reason.strip());
    }

    /** A written consultation of a third party (art. 32); its time does not count. */
    @Transactional
    public DisclosureRequest consult(Actor actor, long id, long version, String party) {
        DisclosureRequest request = handler(actor, id);
        if (party == null || party.isBlank() || party.length() > 200) {
            throw InvalidInputException.field("party", "请填写征求意见的第三方");
        }
        require(request, version, "consult", DisclosureState.HANDLING);
        if (store.consultations(id).stream().anyMatch(c -> c.answeredOn() == null)) {
            throw new ConflictException("CONSULTATION_OPEN", "上一次征求意见尚未答复");
        }
        store.consult(id, party.strip(), today());
        store.update(request, "handler = :by", Map.of("by", actor.username()));
        return done(actor, request, "consult", party.strip());
    }

    /** The third party's answer came in (or the handler records its silence after 15 working days). */
    @Transactional
    public DisclosureRequest consultationAnswered(Actor actor, long id, long version, String answer) {
        DisclosureRequest request = handler(actor, id);
        require(request, version, "consultation-answered", DisclosureState.HANDLING);
        DisclosureStore.StoredConsultation open = store.consultations(id).stream().filter(c -> c.answeredOn() == null).findFirst()
                .orElseThrow(() -> new ConflictException("NO_CONSULTATION", "没有待答复的征求意见"));
        LocalDate ends = clockOf(request).consultationEnds(open.sentOn(), calendar);
        LocalDate on = today().isAfter(ends) ? ends : today();
        store.consultationAnswered(open.id(), on, answer == null ? "" : answer.strip());
        store.update(request, "handler = :by", Map.of("by", actor.username()));
        return done(actor, request, "consultation-answered", answer == null ? "" : answer.strip());
    }

    /** A fee notice (国办函〔2020〕109号): one method, never both; nothing to notify when the fee is nil. */
    @Transactional
    public DisclosureRequest feeNotice(Actor actor, long id, long version, String method, Integer pages) {
        DisclosureRequest request = handler(actor, id);
        FeeMethod how = FeeMethod.parse(method).orElseThrow(() -> InvalidInputException.field("method", "请选择按件或按量计收"));
        if (how == FeeMethod.PER_PAGE && (pages == null || pages < 0)) {
            throw InvalidInputException.field("pages", "按量计收请填写页数");
        }
        if (how == FeeMethod.PER_REQUEST && pages != null) {
            throw InvalidInputException.field("pages", "按件计收与按量计收只能选择一种，不能同时计收");
        }
        require(request, version, "fees", DisclosureState.HANDLING);
        if (request.feeNoticeOn() != null) {
            throw new ConflictException("FEE_ALREADY_NOTIFIED", "该申请已发出过收费通知");
        }
        if (store.consultations(id).stream().anyMatch(c -> c.answeredOn() == null)) {
            throw new ConflictException("CONSULTATION_OPEN", "征求意见期间不能发出收费通知");
        }
        int units = how == FeeMethod.PER_PAGE ? pages : store.ordinalInMonth(request.siteId(), id);
        BigDecimal amount = how == FeeMethod.PER_PAGE ? FeeCalculator.perPage(units) : FeeCalculator.perRequest(units);
        if (amount.signum() == 0) {
            throw new ConflictException("NO_FEE", how == FeeMethod.PER_PAGE ? "未超过30页，不收取信息处理费" : "该申请人本月申请未超过10件，不收取信息处理费");
        }
        LocalDate today = today();
        LocalDate due = calendar.dueDate(today, settings.feePaymentDays(), Region.XJ).dueDate();
        Map<String, Object> params = new HashMap<>();
        params.put("method", how.name());
        params.put("units", units);
        params.put("amount", amount);
        params.put("today", today);
        params.put("due", due);
        params.put("by", actor.username());
        store.update(request, "state = 'FEE_NOTICE', fee_method = :method, fee_units = :units, fee_amount = :amount, fee_notice_on = :today, fee_due = :due, handler = :by",
                params);
        return done(actor, request, "fees", how.label() + " " + units + "，" + amount.toPlainString() + " 元，缴费期限 " + due);
    }

    @Transactional
    public DisclosureRequest feePaid(Actor actor, long id, long version) {
        DisclosureRequest request = handler(actor, id);
        require(request, version, "fee-paid", DisclosureState.FEE_NOTICE);
        store.update(request, "state = 'HANDLING', fee_paid_on = :today", Map.of("today", today()));
        return done(actor, request, "fee-paid", "");
    }

    /** The answer (art. 36, 37) with the content its type requires; the handler of the unit. */
    @Transactional
    public DisclosureRequest answer(Actor actor, long id, long version, String outcomeCode, String reason, String text, String otherAgency) {
        DisclosureRequest request = handler(actor, id);
        Map<String, String> errors = new LinkedHashMap<>();
        Outcome outcome = Outcome.parse(outcomeCode).filter(Outcome::chosenByHandler).orElse(null);
        String why = reason == null ? "" : reason.strip();
        if (outcome == null) {
            errors.put("outcome", "请选择答复类型");
        } else {
            if (!outcome.reasons().isEmpty() && !outcome.reasons().contains(why)) {
                errors.put("reason", "请选择" + outcome.label() + "的理由：" + String.join("；", outcome.reasons()));
            }
            if (outcome.reasons().isEmpty() && !why.isEmpty() && outcome != Outcome.PARTIAL) {
                errors.put("reason", outcome.label() + "无需选择理由");
            }
        }
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            errors.put("text", outcome == Outcome.PARTIAL ? "请写明公开的部分和不予公开部分的理由" : "请填写答复内容（告知事项、理由和依据）");
        }
        if (outcome == Outcome.PARTIAL && !why.isEmpty() && !Outcome.WITHHELD.reasons().contains(why)) {
            errors.put("reason", "部分公开的不予公开部分理由应为：" + String.join("；", Outcome.WITHHELD.reasons()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        require(request, version, "answer", DisclosureState.HANDLING);
        if (store.consultations(id).stream().anyMatch(c -> c.answeredOn() == null)) {
            throw new ConflictException("CONSULTATION_OPEN", "征求第三方意见期间不能答复，请先记录第三方意见");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("outcome", outcome.name());
        params.put("reason", why.isEmpty() ? null : why);
        params.put("text", text.strip());
        params.put("agency", otherAgency == null ? "" : otherAgency.strip());
        params.put("today", today());
        params.put("by", actor.username());
        store.update(request, "state = 'ANSWERED', outcome = :outcome, outcome_reason = :reason, answer_text = :text, other_agency = :agency, "
                + "answered_on = :today, answered_by = :by, handler = :by", params);
        return done(actor, request, "answer", outcome.label() + (why.isEmpty() ? "" : "（" + why + "）"));
    }

    /** Art. 45: the file is complete and archived. */
    @Transactional
    public DisclosureRequest archive(Actor actor, long id, long version) {
        DisclosureRequest request = handler(actor, id);
        require(request, version, "archive", DisclosureState.ANSWERED, DisclosureState.CORRECTION_LAPSED, DisclosureState.FEE_UNPAID);
        if (request.archivedOn() != null) {
            throw new ConflictException("ALREADY_ARCHIVED", "该申请已归档");
        }
        store.update(request, "archived_on = :today", Map.of("today", today()));
        return done(actor, request, "archive", "");
    }

    /** Ends the requests whose correction or fee did not come in time; daily, and when asked. Returns how many. */
    @Transactional
    public int lapse(LocalDate today) {
        int ended = 0;
        for (var request : expired("correction_due", "CORRECTION_REQUESTED", today)) {
            store.update(request, "state = 'CORRECTION_LAPSED', outcome = 'CORRECTION_LAPSED', answered_on = :today",
                    Map.of("today", today));
            ended += end(request, "correction-lapsed", "补正期限 " + request.correctionDue() + " 届满未补正");
        }
        for (var request : expired("fee_due", "FEE_NOTICE", today)) {
            store.update(request, "state = 'FEE_UNPAID', outcome = 'FEE_UNPAID', answered_on = :today", Map.of("today", today));
            ended += end(request, "fee-unpaid", "缴费期限 " + request.feeDue() + " 届满未缴费");
        }
        return ended;
    }

    @Scheduled(cron = "${opencounty.interaction.lapse-cron:0 5 1 * * *}", zone = "Asia/Shanghai")
    public void lapseToday() {
        lapse(today());
    }

    private List<DisclosureRequest> expired(String column, String state, LocalDate today) {
        return store.expired(column, state, today);
    }

    private int end(DisclosureRequest request, String action, String note) {
        store.event(request.id(), AuditLog.SYSTEM, action, note);
        audit.recordSystem("disclosure." + action, "disclosure:" + request.id(), AuditResult.SUCCESS, note);
        events.publishEvent(new RequestChanged(request.id(), request.siteId(), request.unitId(), action, load(request.id()).state()));
        return 1;
    }

    /** The request's clock from its facts: receipt, the correction's receipt, consultations and the time a fee notice waited. */
    DisclosureClock clockOf(DisclosureRequest request) {
        List<DisclosureClock.Consultation> pauses = new ArrayList<>(store.consultations(request.id()).stream()
                .map(DisclosureStore.StoredConsultation::clock).toList());
        if (request.feeNoticeOn() != null) {
            pauses.add(new DisclosureClock.Consultation(request.feeNoticeOn(), request.feePaidOn() != null ? request.feePaidOn() : request.feeDue()));
        }
        pauses.sort(Comparator.comparing(DisclosureClock.Consultation::sentOn));
        return new DisclosureClock(request.receivedOn(), Region.parse(request.region()).orElse(Region.XJ), request.correctionReceivedOn(), pauses,
                request.extensionDays());
    }

    private DisclosureRequest done(Actor actor, DisclosureRequest before, String action, String note) {
        DisclosureRequest after = load(before.id());
        LocalDate due = after.state() == DisclosureState.CORRECTION_REQUESTED ? null : clockOf(after).answerDue(calendar).dueDate();
        if (!after.state().closed() && (due == null ? after.dueOn() != null : !due.equals(after.dueOn()))) {
            store.update(after, "due_on = :due", new HashMap<>(java.util.Collections.singletonMap("due", due)));
        }
        store.event(before.id(), actor.username(), action, note);
        audit.record(actor, "disclosure." + action, "disclosure:" + before.id(), AuditResult.SUCCESS, note);
        return changed(load(before.id()), actor, action);
    }

    private DisclosureRequest changed(DisclosureRequest request, Actor actor, String action) {
        events.publishEvent(new RequestChanged(request.id(), request.siteId(), request.unitId(), action, request.state()));
        return request;
    }

    private DisclosureRequest handler(Actor actor, long id) {
        DisclosureRequest request = load(actor, id);
        if (!permissions.canReply(actor, request.siteId(), request.unitId())) {
            throw new NotAllowedException("只有受理机关的经办人可以办理该申请");
        }
        return request;
    }

    DisclosureRequest load(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("申请不存在"));
    }

    /** The request as the actor may address it: another site's is not found. */
    private DisclosureRequest load(Actor actor, long id) {
        DisclosureRequest request = load(id);
        permissions.requireSameSite(actor, request.siteId(), "申请不存在");
        return request;
    }

    private static void require(DisclosureRequest request, long version, String action, DisclosureState... allowed) {
        if (version >= 0 && request.version() != version) {
            throw new ConflictException("STALE_VERSION", "该申请已被他人处理，请刷新后重试");
        }
        if (!EnumSet.of(allowed[0], allowed).contains(request.state())) {
            throw new ConflictException("INVALID_STATE", "申请当前状态为“" + request.state().label() + "”，不能执行此操作（" + action + "）");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.CHINA));
    }
}
