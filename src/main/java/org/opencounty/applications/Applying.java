package org.opencounty.applications;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencounty.applications.ApplicationEvents.ApplicationChanged;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.DomainException;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.Role;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.catalogue.PublishedCatalogue;
import org.opencounty.catalogue.ServiceItemContent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A citizen applies online: fills the form, uploads the item's materials, submits, corrects, or withdraws. */
@Service
public class Applying {

    /** Refused because required materials are missing; lists the material ids. */
    public static class MissingMaterialsException extends DomainException {
        private final List<String> missing;

        MissingMaterialsException(List<String> missing, String names) {
            super("MISSING_MATERIALS", "请上传以下必需材料：" + names, Map.of());
            this.missing = List.copyOf(missing);
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("missing", missing);
        }

        @Override
        public int status() {
            return 422;
        }
    }

    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private final ApplicationRepository applications;
    private final PublishedCatalogue catalogue;
    private final Materials materials;
    private final MaterialQuota quota;
    private final ApplicationClocks clocks;
    private final ApplicationHistory history;
    private final CasePermissions permissions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Applying(ApplicationRepository applications, PublishedCatalogue catalogue, Materials materials, MaterialQuota quota, ApplicationClocks clocks,
             ApplicationHistory history, CasePermissions permissions, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.applications = applications;
        this.catalogue = catalogue;
        this.materials = materials;
        this.quota = quota;
        this.clocks = clocks;
        this.history = history;
        this.permissions = permissions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Starts an application for a published item with online handling; the applicant must be a signed-in citizen. */
    @Transactional
    public Application start(Actor actor, long siteId, long serviceItemId, Applicant applicant, String formJson) {
        return start(actor, siteId, serviceItemId, applicant, formJson, false);
    }

    /**
     * The portal's form: like {@link #start}, but an applicant who already has a draft for the item continues that
     * draft (with the details typed now), so that attempts that could not be submitted never pile up as empty drafts.
     */
    @Transactional
    public Application startOrContinue(Actor actor, long siteId, long serviceItemId, Applicant applicant, String formJson) {
        return start(actor, siteId, serviceItemId, applicant, formJson, true);
    }

    private Application start(Actor actor, long siteId, long serviceItemId, Applicant applicant, String formJson, boolean continueDraft) {
        if (actor == null || !actor.has(Role.CITIZEN)) {
            throw new NotAllowedException("请以公众账号登录后在线申请");
        }
        PublishedCatalogue.ItemPage page;
        try {
            page = catalogue.item(siteId, serviceItemId);
        } catch (NotFoundException e) {
            throw InvalidInputException.field("serviceItemId", "该事项不存在或未发布");
        }
        ServiceItemContent item = page.item();
        if (!item.online()) {
            throw InvalidInputException.field("serviceItemId", "该事项暂未开通网上申请");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (applicant.name().isEmpty() || applicant.name().length() > 100) {
            errors.put("applicant.name", "请填写申请人姓名");
        }
        if (!applicant.phone().matches("^1[3-9]\\d{9}$|^0\\d{2,3}-?\\d{7,8}$")) {
            errors.put("applicant.phone", "请填写正确的联系电话");
        }
        if (!applicant.email().isEmpty() && !applicant.email().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            errors.put("applicant.email", "电子邮箱格式不正确");
        }
        if (formJson != null && formJson.length() > 20_000) {
            errors.put("form", "申请表内容过长");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var draft = continueDraft
                ? applications.findFirstByApplicantAccountIdAndServiceItemIdAndStateOrderByIdDesc(actor.accountId(), serviceItemId, ApplicationState.DRAFT)
                : java.util.Optional.<Application>empty();
        if (draft.isPresent()) {
            draft.get().fillIn(applicant, clock.instant());
            applications.saveAndFlush(draft.get());
            audit.record(actor, "application.continue", "application:" + draft.get().id(), AuditResult.SUCCESS, item.name());
            return draft.get();
        }
        Application application = applications.save(new Application(siteId, page.entry().unitId(), serviceItemId, item.name(),
                actor.accountId(), applicant, formJson == null || formJson.isBlank() ? "{}" : formJson,
                item.statutoryLimitDays() == null ? 20 : item.statutoryLimitDays(),
                item.promisedLimitDays() == null ? 20 : item.promisedLimitDays(), clock.instant()));
        history.record(application.id(), actor.username(), "start", null, ApplicationState.DRAFT, "");
        audit.record(actor, "application.start", "application:" + application.id(), AuditResult.SUCCESS, item.name());
        return application;
    }

    /** Uploads a file for one of the item's materials (while the application is being filled or corrected). */
    @Transactional
    public ApplicationView.Upload upload(Actor actor, long id, String materialId, String filename, byte[] content) {
        Application application = load(id);
        permissions.requireApplicant(actor, application);
        if (application.state() != ApplicationState.DRAFT && application.state() != ApplicationState.CORRECTION_REQUESTED) {
            throw new org.opencounty.common.ConflictException("INVALID_STATE", "申请已提交，不能再上传材料");
        }
        ServiceItemContent item = item(application);
        if (item.materials().stream().noneMatch(m -> m.id().equals(materialId))) {
            throw InvalidInputException.field("materialId", "该事项没有这项材料：" + materialId);
        }
        List<Materials.Uploaded> replaced = quota.admit(application, materialId, content.length);
        Materials.Uploaded uploaded = materials.add(id, materialId, filename, content);
        materials.remove(replaced);
        audit.record(actor, "application.upload", "application:" + id, AuditResult.SUCCESS, materialId + " " + uploaded.filename()
                + (replaced.isEmpty() ? "" : "（替换 " + replaced.stream().map(Materials.Uploaded::filename).collect(Collectors.joining("、")) + "）"));
        return new ApplicationView.Upload(uploaded.id(), uploaded.materialId(), uploaded.filename(), uploaded.size());
    }

    /** Submits, or resubmits after a correction notice; every required material must have a file. */
    @Transactional
    public Application submit(Actor actor, long id) {
        Application application = load(id);
        permissions.requireApplicant(actor, application);
        ServiceItemContent item = item(application);
        Set<String> uploaded = materials.of(id).stream().map(Materials.Uploaded::materialId).collect(Collectors.toSet());
        List<ServiceItemContent.Material> missing = item.materials().stream()
                .filter(m -> !Boolean.FALSE.equals(m.required()) && !uploaded.contains(m.id())).toList();
        if (!missing.isEmpty()) {
            throw new MissingMaterialsException(missing.stream().map(ServiceItemContent.Material::id).toList(),
                    missing.stream().map(ServiceItemContent.Material::name).collect(Collectors.joining("、")));
        }
        ApplicationState before = application.state();
        application.submit(today(), newQueryCode(), clock.instant());
        clocks.project(application, item.procedure());
        applications.saveAndFlush(application);
        history.record(id, actor.username(), before == ApplicationState.DRAFT ? "submit" : "resubmit", before, application.state(),
                "查询码 " + application.queryCode());
        audit.record(actor, "application.submit", "application:" + id, AuditResult.SUCCESS, "");
        events.publishEvent(new ApplicationChanged(id, application.unitId(), "submit", application.state(), actor.username()));
        return application;
    }

    @Transactional
    public Application withdraw(Actor actor, long id, String reason) {
        Application application = load(id);
        permissions.requireApplicant(actor, application);
        ApplicationState before = application.state();
        application.withdraw(today(), clock.instant());
        clocks.project(application, item(application).procedure());
        applications.saveAndFlush(application);
        history.record(id, actor.username(), "withdraw", before, application.state(), reason);
        audit.record(actor, "application.withdraw", "application:" + id, AuditResult.SUCCESS, reason == null ? "" : reason);
        events.publishEvent(new ApplicationChanged(id, application.unitId(), "withdraw", application.state(), actor.username()));
        return application;
    }

    private ServiceItemContent item(Application application) {
        return catalogue.liveItem(application.siteId(), application.serviceItemId())
                .orElseThrow(() -> new org.opencounty.common.ConflictException("ITEM_WITHDRAWN", "该事项已撤回，请联系承办单位"));
    }

    private Application load(long id) {
        return applications.findById(id).orElseThrow(() -> new NotFoundException("申请不存在"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.CHINA));
    }

    private String newQueryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
