package org.opencounty.applications;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.opencounty.applications.ApplicationEvents.ApplicationChanged;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.ConflictException;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.catalogue.PublishedCatalogue;
import org.opencounty.catalogue.ServiceItemContent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit handles an application as 行政许可法 prescribes: accept, ask once for everything missing, or
 * refuse with reasons, the legal basis and the applicant's remedies; work through the item's steps;
 * stop the clock for special procedures; the leader extends the statutory limit and decides; the result
 * is delivered.
 */
@Service
public class CaseHandling {

    /** 行政许可法 art. 42: the statutory limit may be extended once, by at most ten working days. */
    static final int MAX_EXTENSION_DAYS = 10;

    static final String REMEDIES = "如不服本决定，可以自收到本通知之日起六十日内依法申请行政复议，或者六个月内依法向人民法院提起行政诉讼。";

    private final ApplicationRepository applications;
    private final PublishedCatalogue catalogue;
    private final ApplicationClocks clocks;
    private final ClockLedger ledger;
    private final ApplicationHistory history;
    private final CasePermissions permissions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseHandling(ApplicationRepository applications, PublishedCatalogue catalogue, ApplicationClocks clocks, ClockLedger ledger,
                 ApplicationHistory history, CasePermissions permissions, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.applications = applications;
        this.catalogue = catalogue;
        this.clocks = clocks;
        this.ledger = ledger;
        this.history = history;
        this.permissions = permissions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Application accept(Actor actor, long id) {
        Application application = load(id);
        permissions.requireHandler(actor, application);
        ApplicationState before = application.state();
        application.accept(today(), actor.username(), clock.instant());
        return done(actor, application, "accept", before, "受理通知：您的申请材料齐全、符合法定形式，本机关决定予以受理。");
    }

    /** One notice listing everything missing (一次性告知); only within five working days of receipt. */
    @Transactional
    public Application requestCorrection(Actor actor, long id, List<String> missing, String note) {
        Application application = load(id);
        permissions.requireHandler(actor, application);
        List<String> items = missing == null ? List.of() : missing.stream().filter(m -> m != null && !m.isBlank()).map(String::strip).toList();
        if (items.isEmpty()) {
            throw InvalidInputException.field("missing", "请一次性列出需要补正的全部内容");
        }
        if (application.acceptanceDue() != null && today().isAfter(application.acceptanceDue())) {
            throw new ConflictException("CORRECTION_TOO_LATE", "已超过收到申请后五个工作日，逾期不告知补正的自收到申请材料之日起即为受理");
        }
        ApplicationState before = application.state();
        application.requestCorrection(today(), clock.instant());
        return done(actor, application, "request-correction", before,
                WrittenNotices.CORRECTION_PREFIX + String.join("；", items) + (note == null || note.isBlank() ? "" : "。" + note.strip()));
    }

    @Transactional
    public Application reject(Actor actor, long id, String reason, String legalBasis) {
        Application application = load(id);
        permissions.requireHandler(actor, application);
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.field("reason", "请说明不予受理的理由");
        }
        ApplicationState before = application.state();
        application.reject(today(), reason.strip(), legalBasis == null ? "" : legalBasis.strip(), actor.username(), clock.instant());
        return done(actor, application, "reject", before, "不予受理：" + reason.strip()
                + (legalBasis == null || legalBasis.isBlank() ? "" : "（依据：" + legalBasis.strip() + "）") + REMEDIES);
    }

    /** Moves to the item's next procedure step, whose own limit starts today. */
    @Transactional
    public Application advance(Actor actor, long id) {
        Application application = load(id);
        permissions.requireHandler(actor, application);
        List<ServiceItemContent.Step> steps = steps(application);
        application.requireRunningClock(false, "advance");
        application.advanceStep(today(), steps.size(), clock.instant());
        return done(actor, application, "advance", ApplicationState.ACCEPTED, "进入环节：" + steps.get(application.currentStep()).name());
    }

    /** Stops the clock for a special procedure (听证、检验、检测、鉴定、专家评审…), with written notice to the applicant. */
    @Transactional
    public Application suspend(Actor actor, long id, String procedure, String reason, String legalBasis) {
        Application application = load(id);
        permissions.requireHandler(actor, application);
        if (procedure == null || !ServiceItemContent.SPECIAL_PROCEDURES.contains(procedure.strip())) {
            throw InvalidInputException.field("procedure", "只有听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审所需时间不计入办理时限");
        }
        application.requireRunningClock(false, "suspend");
        String why = procedure.strip() + (reason == null || reason.isBlank() ? "" : "：" + reason.strip());
        String basis = legalBasis == null || legalBasis.isBlank() ? "《中华人民共和国行政许可法》第四十五条" : legalBasis.strip();
        ledger.suspend(id, actor.username(), why, basis, today());
        return done(actor, application, "suspend", ApplicationState.ACCEPTED, "书面告知：因" + why + "，所需时间不计入办理时限（" + basis + "）");
    }

    @Transactional
    public Application resume(Actor actor, long id) {
        Application application = load(id);
        permissions.requireHandler(actor, application);
        application.requireRunningClock(true, "resume");
        ledger.resume(id, today());
        return done(actor, application, "resume", ApplicationState.ACCEPTED, "恢复计时");
    }

    /** The leader extends the statutory limit (once, by at most ten working days) and the applicant is told why. */
    @Transactional
    public Application extend(Actor actor, long id, int days, String reason) {
        Application application = load(id);
        permissions.requireLeader(actor, application);
        if (application.state() != ApplicationState.ACCEPTED) {
            throw new ConflictException("INVALID_STATE", "只有办理中的申请可以延期");
        }
        if (days < 1 || days > MAX_EXTENSION_DAYS) {
            throw InvalidInputException.field("days", "延长期限应为1至" + MAX_EXTENSION_DAYS + "个工作日");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.field("reason", "请说明延期理由");
        }
        if (ledger.of(id).stream().anyMatch(e -> LedgerEntry.EXTENSION.equals(e.kind()))) {
            throw new ConflictException("ALREADY_EXTENDED", "法定期限只能延长一次");
        }
        ledger.extend(id, actor.username(), reason.strip(), days);
        return done(actor, application, "extend", ApplicationState.ACCEPTED, "经本机关负责人批准，办理期限延长" + days + "个工作日：" + reason.strip());
    }

    @Transactional
    public Application decide(Actor actor, long id, boolean approved, String reason, BigDecimal fee) {
        Application application = load(id);
        permissions.requireLeader(actor, application);
        if (!approved && (reason == null || reason.isBlank())) {
            throw InvalidInputException.field("reason", "不予许可须说明理由");
        }
        if (fee != null && fee.signum() < 0) {
            throw InvalidInputException.field("fee", "收费金额不能为负数");
        }
        if (application.clockSuspended()) {
            throw new ConflictException("CLOCK_SUSPENDED", "特别程序尚未结束，请先恢复计时");
        }
        ApplicationState before = application.state();
        application.decide(today(), approved, reason == null ? "" : reason.strip(), fee, clock.instant());
        return done(actor, application, "decide", before, (approved ? "准予许可" : "不予许可：" + reason.strip() + REMEDIES));
    }

    @Transactional
    public Application complete(Actor actor, long id, String note) {
        Application application = load(id);
        permissions.requireHandler(actor, application);
        ApplicationState before = application.state();
        application.complete(today(), clock.instant());
        return done(actor, application, "complete", before, note == null || note.isBlank() ? "办结，结果已送达" : note.strip());
    }

    /** An application nobody answered within five working days counts as accepted from the day it was received. */
    @Scheduled(cron = "${opencounty.applications.deemed-acceptance-cron:0 5 0 * * *}", zone = "Asia/Shanghai")
    @Transactional
    public int acceptOverdue() {
        int count = 0;
        for (Application application : applications.acceptanceOverdue(today())) {
            application.accept(application.submittedOn(), "system", clock.instant());
            clocks.project(application, steps(application));
            applications.save(application);
            history.record(application.id(), "system", "deemed-accept", ApplicationState.SUBMITTED, ApplicationState.ACCEPTED,
                    "收到申请五个工作日内未告知补正，依《中华人民共和国行政许可法》第三十二条自收到申请材料之日起即为受理");
            audit.recordSystem("application.deemed-accept", "application:" + application.id(), AuditResult.SUCCESS, "");
            count++;
        }
        return count;
    }

    private Application done(Actor actor, Application application, String action, ApplicationState before, String note) {
        clocks.project(application, steps(application));
        applications.saveAndFlush(application);
        history.record(application.id(), actor.username(), action, before, application.state(), note);
        audit.record(actor, "application." + action, "application:" + application.id(), AuditResult.SUCCESS, note);
        events.publishEvent(new ApplicationChanged(application.id(), application.unitId(), action, application.state(), actor.username()));
        return application;
    }

    private List<ServiceItemContent.Step> steps(Application application) {
        return catalogue.liveItem(application.siteId(), application.serviceItemId()).map(ServiceItemContent::procedure).orElse(List.of());
    }

    private Application load(long id) {
        return applications.findById(id).orElseThrow(() -> new NotFoundException("申请不存在"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.CHINA));
    }

}
