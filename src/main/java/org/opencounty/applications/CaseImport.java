package org.opencounty.applications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.opencounty.calendar.Region;
import org.opencounty.calendar.WorkingDays;
import org.opencounty.catalogue.PublishedCatalogue;
import org.opencounty.catalogue.ServiceItemContent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings in cases that started before the platform (from the old approval system, or the demo data): each
 * is replayed through the same transitions with its own dates, so its clocks come out as the law counts them.
 */
@Service
public class CaseImport {

    /** How far a case had come, and how many working days ago it was received. */
    public record Plan(ApplicationState target, int receivedWorkingDaysAgo, int acceptedWorkingDaysAgo, boolean suspended,
                       String rejectionLegalBasis) {
    }

    private final ApplicationRepository applications;
    private final PublishedCatalogue catalogue;
    private final ApplicationClocks clocks;
    private final ClockLedger ledger;
    private final ApplicationHistory history;
    private final WorkingDays calendar;

    private final Clock clock;

    CaseImport(ApplicationRepository applications, PublishedCatalogue catalogue, ApplicationClocks clocks, ClockLedger ledger,
               ApplicationHistory history, WorkingDays calendar, Clock clock) {
        this.clock = clock;
        this.applications = applications;
        this.catalogue = catalogue;
        this.clocks = clocks;
        this.ledger = ledger;
        this.history = history;
        this.calendar = calendar;
    }

    @Transactional
    public Application importCase(long siteId, long itemId, Long accountId, Applicant applicant, String handler, Plan plan, LocalDate today,
                                  String queryCode) {
        Instant now = clock.instant();
        var page = catalogue.item(siteId, itemId);
        ServiceItemContent item = page.item();
        Application a = applications.save(new Application(siteId, page.entry().unitId(), itemId, item.name(), accountId, applicant, "{}",
                item.statutoryLimitDays() == null ? 20 : item.statutoryLimitDays(), item.promisedLimitDays() == null ? 20 : item.promisedLimitDays(), now));
        LocalDate received = workingDaysBefore(today, plan.receivedWorkingDaysAgo());
        if (plan.target() != ApplicationState.DRAFT) {
            a.submit(received, queryCode, now);
        }
        switch (plan.target()) {
            case CORRECTION_REQUESTED -> a.requestCorrection(received, now);
            case REJECTED -> a.reject(received, "申请事项不属于本机关职权范围", plan.rejectionLegalBasis(), handler, now);
            case WITHDRAWN -> a.withdraw(received, now);
            case ACCEPTED, APPROVED, DENIED, COMPLETED -> {
                LocalDate accepted = workingDaysBefore(today, plan.acceptedWorkingDaysAgo());
                a.accept(accepted, handler, now);
                if (plan.suspended()) {
                    applications.saveAndFlush(a);
                    ledger.suspend(a.id(), handler, "专家评审：组织专家对申请材料进行评审", "《中华人民共和国行政许可法》第四十五条", today);
                }
                if (plan.target() != ApplicationState.ACCEPTED) {
                    a.decide(today, plan.target() != ApplicationState.DENIED, plan.target() == ApplicationState.DENIED ? "不符合法定条件" : "", null, now);
                }
                if (plan.target() == ApplicationState.COMPLETED) {
                    a.complete(today, now);
                }
            }
            default -> { }
        }
        applications.saveAndFlush(a);
        clocks.project(a, item.procedure());
        applications.saveAndFlush(a);
        history.record(a.id(), "import", "import", null, a.state(), "自原审批系统导入");
        return a;
    }

    private LocalDate workingDaysBefore(LocalDate today, int days) {
        LocalDate date = today;
        int counted = 0;
        while (counted < days) {
            date = date.minusDays(1);
            if (calendar.isWorkingDay(date, Region.XJ)) {
                counted++;
            }
        }
        return date;
    }

}
