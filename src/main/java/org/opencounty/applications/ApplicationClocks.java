package org.opencounty.applications;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opencounty.calendar.DueDate;
import org.opencounty.calendar.Region;
import org.opencounty.calendar.WorkingDayClock;
import org.opencounty.calendar.WorkingDays;
import org.opencounty.catalogue.ServiceItemContent;
import org.springframework.stereotype.Component;

/**
 * The legal clocks of an application, derived from its ledger and the working-day calendar
 * (行政许可法 art. 32, 42, 44, 45, 82):
 * <ul>
 * <li>acceptance: a correction notice must come within {@value #ACCEPTANCE_DAYS} working days of receipt;</li>
 * <li>the promised and statutory limits run from acceptance, stop during special procedures, and the
 *     statutory one grows by approved extensions;</li>
 * <li>the current step's own limit;</li>
 * <li>delivery: the result within {@value #DELIVERY_DAYS} working days of the decision.</li>
 * </ul>
 * The results are written onto the application as a projection, recomputed whenever the ledger or the calendar changes.
 */
@Component
public class ApplicationClocks {

    static final int ACCEPTANCE_DAYS = 5;
    static final int DELIVERY_DAYS = 10;

    private final WorkingDays calendar;
    private final ClockLedger ledger;

    ApplicationClocks(WorkingDays calendar, ClockLedger ledger) {
        this.calendar = calendar;
        this.ledger = ledger;
    }

    /** What the clocks count from, besides the ledger and the item's steps: the application's own dates and limits. */
    record Facts(ApplicationState state, String region, LocalDate submittedOn, LocalDate acceptedOn, int promisedDays, int statutoryDays,
                 int currentStep, LocalDate currentStepStartedOn, LocalDate decidedOn) {
    }

    /** The clocks as written onto the application; a due date is null where its clock does not run or stands still. */
    record Projection(LocalDate acceptanceDue, LocalDate promisedDue, LocalDate statutoryDue, LocalDate stepDue, LocalDate deliveryDue,
                      boolean suspended, boolean provisional) {
    }

    void project(Application application, List<ServiceItemContent.Step> steps) {
        Facts facts = application.clockFacts();
        List<LedgerEntry> entries = facts.acceptedOn() == null ? List.of() : ledger.of(application.id());
        application.project(projection(facts, entries, steps));
    }

    /**
     * The projection of the ledger onto the calendar. The only place that counts an application's limits, for
     * one application as for a batch of them ({@code entries} is the application's ledger, in order).
     */
    Projection projection(Facts application, List<LedgerEntry> entries, List<ServiceItemContent.Step> steps) {
        Region region = Region.parse(application.region()).orElse(Region.XJ);
        boolean provisional = false;
        LocalDate acceptanceDue = null;
        if (application.state() == ApplicationState.SUBMITTED && application.submittedOn() != null) {
            DueDate due = calendar.dueDate(application.submittedOn(), ACCEPTANCE_DAYS, region);
            acceptanceDue = due.dueDate();
            provisional = due.provisional();
        }
        LocalDate promisedDue = null;
        LocalDate statutoryDue = null;
        LocalDate stepDue = null;
        boolean suspended = false;
        if (application.acceptedOn() != null) {
            WorkingDayClock promised = clock(application.acceptedOn(), application.promisedDays(), region, entries, false);
            WorkingDayClock statutory = clock(application.acceptedOn(), application.statutoryDays(), region, entries, true);
            suspended = promised.isSuspended();
            Optional<DueDate> p = promised.dueDate(calendar);
            Optional<DueDate> s = statutory.dueDate(calendar);
            promisedDue = p.map(DueDate::dueDate).orElse(null);
            statutoryDue = s.map(DueDate::dueDate).orElse(null);
            provisional = provisional || p.map(DueDate::provisional).orElse(false) || s.map(DueDate::provisional).orElse(false);
            Integer stepLimit = application.currentStep() < steps.size() ? steps.get(application.currentStep()).limitDays() : null;
            if (application.state() == ApplicationState.ACCEPTED && stepLimit != null && application.currentStepStartedOn() != null) {
                stepDue = calendar.dueDate(application.currentStepStartedOn(), stepLimit, region).dueDate();
            }
        }
        LocalDate deliveryDue = null;
        if (application.decidedOn() != null && (application.state() == ApplicationState.APPROVED || application.state() == ApplicationState.DENIED)) {
            DueDate due = calendar.dueDate(application.decidedOn(), DELIVERY_DAYS, region);
            deliveryDue = due.dueDate();
            provisional = provisional || due.provisional();
        }
        return new Projection(acceptanceDue, promisedDue, statutoryDue, stepDue, deliveryDue, suspended, provisional);
    }

    /** The promised limit as it stood on the day of acceptance, before any suspension or extension (for the 受理通知书). */
    DueDate promisedFromAcceptance(Application application) {
        return calendar.dueDate(application.acceptedOn(), application.promisedDays(), Region.parse(application.stateRegion()).orElse(Region.XJ));
    }

    /** Working days left on the promised limit, or null when no such clock runs. */
    public Integer remainingWorkingDays(Application application, LocalDate today) {
        LocalDate due = switch (application.state()) {
            case SUBMITTED -> application.acceptanceDue();
            case ACCEPTED -> application.promisedDue();
            case APPROVED, DENIED -> application.deliveryDue();
            default -> null;
        };
        if (due == null) {
            return null;
        }
        return calendar.workingDaysBetween(today, due, Region.parse(application.stateRegion()).orElse(Region.XJ));
    }

    /** The clock as the ledger says: suspensions for both limits, extensions only for the statutory one. */
    private static WorkingDayClock clock(LocalDate start, int days, Region region, List<LedgerEntry> entries, boolean withExtensions) {
        WorkingDayClock clock = WorkingDayClock.start(start, days, region);
        for (LedgerEntry entry : entries) {
            if (LedgerEntry.SUSPENSION.equals(entry.kind())) {
                clock = clock.suspend(entry.by(), entry.reason(), entry.from(), entry.legalBasis());
                if (entry.to() != null) {
                    clock = clock.resume(entry.to());
                }
            } else if (withExtensions && LedgerEntry.EXTENSION.equals(entry.kind())) {
                clock = clock.extend(entry.by(), entry.days(), entry.reason());
            }
        }
        return clock;
    }
}
