package org.opencounty.applications;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.opencounty.common.ConflictException;

/**
 * A citizen's application for a service item, and its state machine. Each transition checks only the state
 * it starts from; who may act is checked by the services. The *Due fields are a projection of the clock
 * ledger, written only by {@code ApplicationClocks}.
 */
@Entity
@Table(name = "application")
public class Application {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long siteId;
    private Long unitId;
    private Long serviceItemId;
    private String itemName;
    private Long applicantAccountId;
    private String applicantName;
    private String applicantPhone;
    private String applicantEmail = "";
    private String applicantOrganisation = "";
    private String form = "{}";
    @Enumerated(EnumType.STRING)
    private ApplicationState state = ApplicationState.DRAFT;
    private String queryCode;
    private String region = "XJ";
    private int statutoryDays;
    private int promisedDays;
    private LocalDate submittedOn;
    private LocalDate correctionRequestedOn;
    private LocalDate acceptedOn;
    private LocalDate decidedOn;
    private LocalDate completedOn;
    private LocalDate withdrawnOn;
    private int currentStep;
    private LocalDate currentStepStartedOn;
    private String decision;
    private String decisionReason;
    private String rejectionReason;
    private String rejectionLegalBasis;
    private BigDecimal feeCharged;
    private String handler;
    private LocalDate acceptanceDue;
    private LocalDate promisedDue;
    private LocalDate statutoryDue;
    private LocalDate stepDue;
    private LocalDate deliveryDue;
    private boolean clockSuspended;
    private boolean provisional;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Application() {
    }

    Application(long siteId, long unitId, long serviceItemId, String itemName, Long applicantAccountId, Applicant applicant,
                String form, int statutoryDays, int promisedDays, Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
        this.siteId = siteId;
        this.unitId = unitId;
        this.serviceItemId = serviceItemId;
        this.itemName = itemName;
        this.applicantAccountId = applicantAccountId;
        this.applicantName = applicant.name();
        this.applicantPhone = applicant.phone();
        this.applicantEmail = applicant.email();
        this.applicantOrganisation = applicant.organisation();
        this.form = form;
        this.statutoryDays = statutoryDays;
        this.promisedDays = promisedDays;
    }

    /** The applicant's details as typed again on the form, while the application is still a draft. */
    void fillIn(Applicant applicant, Instant now) {
        require("edit", ApplicationState.DRAFT);
        this.applicantName = applicant.name();
        this.applicantPhone = applicant.phone();
        this.applicantEmail = applicant.email();
        this.applicantOrganisation = applicant.organisation();
        touch(now);
    }

    void submit(LocalDate today, String code, Instant now) {
        require("submit", ApplicationState.DRAFT, ApplicationState.CORRECTION_REQUESTED);
        if (queryCode == null) {
            queryCode = code;
        }
        submittedOn = today;
        state = ApplicationState.SUBMITTED;
        touch(now);
    }

    void requestCorrection(LocalDate today, Instant now) {
        require("request-correction", ApplicationState.SUBMITTED);
        correctionRequestedOn = today;
        state = ApplicationState.CORRECTION_REQUESTED;
        touch(now);
    }

    /** 受理; {@code on} is today, or the day of receipt when the five days for a correction notice ran out. */
    void accept(LocalDate on, String by, Instant now) {
        require("accept", ApplicationState.SUBMITTED);
        acceptedOn = on;
        currentStep = 0;
        currentStepStartedOn = on;
        handler = by;
        state = ApplicationState.ACCEPTED;
        touch(now);
    }

    void reject(LocalDate today, String reason, String legalBasis, String by, Instant now) {
        require("reject", ApplicationState.SUBMITTED);
        rejectionReason = reason;
        rejectionLegalBasis = legalBasis;
        decidedOn = today;
        handler = by;
        state = ApplicationState.REJECTED;
        touch(now);
    }

    void advanceStep(LocalDate today, int steps, Instant now) {
        require("advance", ApplicationState.ACCEPTED);
        if (currentStep + 1 >= steps) {
            throw new ConflictException("INVALID_STATE", "已是最后一个环节，请由单位领导作出决定");
        }
        currentStep++;
        currentStepStartedOn = today;
        touch(now);
    }

    void decide(LocalDate today, boolean approved, String reason, BigDecimal fee, Instant now) {
        require("decide", ApplicationState.ACCEPTED);
        decision = approved ? "APPROVED" : "DENIED";
        decisionReason = reason;
        decidedOn = today;
        feeCharged = fee;
        state = approved ? ApplicationState.APPROVED : ApplicationState.DENIED;
        touch(now);
    }

    void complete(LocalDate today, Instant now) {
        require("complete", ApplicationState.APPROVED, ApplicationState.DENIED);
        completedOn = today;
        state = ApplicationState.COMPLETED;
        touch(now);
    }

    void withdraw(LocalDate today, Instant now) {
        if (!state.withdrawable()) {
            throw invalid("withdraw");
        }
        withdrawnOn = today;
        state = ApplicationState.WITHDRAWN;
        touch(now);
    }

    void requireRunningClock(boolean suspended, String action) {
        require(action, ApplicationState.ACCEPTED);
        if (clockSuspended != suspended) {
            throw new ConflictException("INVALID_STATE", suspended ? "办理时限未暂停" : "办理时限已暂停，请先恢复计时");
        }
    }

    /** Written by the clocks only: the projection of the ledger onto the calendar. */
    void project(ApplicationClocks.Projection projection) {
        this.acceptanceDue = projection.acceptanceDue();
        this.promisedDue = projection.promisedDue();
        this.statutoryDue = projection.statutoryDue();
        this.stepDue = projection.stepDue();
        this.deliveryDue = projection.deliveryDue();
        this.clockSuspended = projection.suspended();
        this.provisional = projection.provisional();
    }

    ApplicationClocks.Facts clockFacts() {
        return new ApplicationClocks.Facts(state, region, submittedOn, acceptedOn, promisedDays, statutoryDays, currentStep,
                currentStepStartedOn, decidedOn);
    }

    private void require(String action, ApplicationState... allowed) {
        Set<ApplicationState> states = EnumSet.noneOf(ApplicationState.class);
        states.addAll(Set.of(allowed));
        if (!states.contains(state)) {
            throw invalid(action);
        }
    }

    private ConflictException invalid(String action) {
        return new ConflictException("INVALID_STATE", "申请当前状态为“" + state.label() + "”，不能执行此操作（" + action + "）");
    }

    /** {@code now} is the service's clock, so that the case's times agree with its history's and its clocks'. */
    private void touch(Instant now) {
        updatedAt = now;
    }

    public Long id() { return id; }
    public Long siteId() { return siteId; }
    public Long unitId() { return unitId; }
    public Long serviceItemId() { return serviceItemId; }
    public String itemName() { return itemName; }
    public Long applicantAccountId() { return applicantAccountId; }
    public String applicantName() { return applicantName; }
    public String applicantPhone() { return applicantPhone; }
    public String applicantEmail() { return applicantEmail; }
    public String applicantOrganisation() { return applicantOrganisation; }
    public String form() { return form; }
    public ApplicationState state() { return state; }
    public String queryCode() { return queryCode; }
    String stateRegion() { return region; }
    /** The calendar region the clocks count in ({@code XJ} or {@code CN}), for explaining a due date. */
    public String clockRegion() { return region; }
    public int statutoryDays() { return statutoryDays; }
    public int promisedDays() { return promisedDays; }
    public LocalDate submittedOn() { return submittedOn; }
    public LocalDate correctionRequestedOn() { return correctionRequestedOn; }
    public LocalDate acceptedOn() { return acceptedOn; }
    public LocalDate decidedOn() { return decidedOn; }
    public LocalDate completedOn() { return completedOn; }
    public int currentStep() { return currentStep; }
    public LocalDate currentStepStartedOn() { return currentStepStartedOn; }
    public String decision() { return decision; }
    public String decisionReason() { return decisionReason; }
    public String rejectionReason() { return rejectionReason; }
    public String rejectionLegalBasis() { return rejectionLegalBasis; }
    public BigDecimal feeCharged() { return feeCharged; }
    public String handler() { return handler; }
    public LocalDate acceptanceDue() { return acceptanceDue; }
    public LocalDate promisedDue() { return promisedDue; }
    public LocalDate statutoryDue() { return statutoryDue; }
    public LocalDate stepDue() { return stepDue; }
    public LocalDate deliveryDue() { return deliveryDue; }
    public boolean clockSuspended() { return clockSuspended; }
    public boolean provisional() { return provisional; }
    public long version() { return version; }
}
