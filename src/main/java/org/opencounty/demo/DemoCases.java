package org.opencounty.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.opencounty.accounts.Accounts;
import org.opencounty.applications.Applicant;
import org.opencounty.applications.ApplicationState;
import org.opencounty.applications.CaseImport;
import org.opencounty.applications.CaseImport.Plan;
import org.opencounty.catalogue.PublishedCatalogue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open cases in every state for the units of handler1 and handler2, some near or past their limits, so that
 * the handlers' lists and the supervision board are alive on first start.
 */
@Component
public class DemoCases {

    private static final List<Plan> PLANS = List.of(
            new Plan(ApplicationState.SUBMITTED, 0, 0, false, null),
            new Plan(ApplicationState.SUBMITTED, 4, 0, false, null),
            new Plan(ApplicationState.CORRECTION_REQUESTED, 2, 0, false, null),
            new Plan(ApplicationState.ACCEPTED, 3, 2, false, null),
            new Plan(ApplicationState.ACCEPTED, 30, 30, false, null),
            new Plan(ApplicationState.ACCEPTED, 12, 12, true, null),
            new Plan(ApplicationState.APPROVED, 8, 8, false, null),
            new Plan(ApplicationState.COMPLETED, 15, 15, false, null),
            new Plan(ApplicationState.REJECTED, 3, 0, false, "《中华人民共和国行政许可法》第三十二条第一款第二项"),
            new Plan(ApplicationState.REJECTED, 2, 0, false, ""),
            new Plan(ApplicationState.WITHDRAWN, 5, 0, false, null));

    private final CaseImport cases;
    private final PublishedCatalogue catalogue;
    private final Accounts accounts;
    private final Clock clock;

    DemoCases(CaseImport cases, PublishedCatalogue catalogue, Accounts accounts, Clock clock) {
        this.cases = cases;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    public int load(long siteId) {
        Long citizen = accounts.find("citizen1").map(a -> a.id()).orElse(null);
        LocalDate today = LocalDate.now(clock);
        int count = 0;
        for (String[] unit : new String[][] {{"market", "handler1"}, {"balikun-zhen", "handler2"}}) {
            List<Long> items = catalogue.items(siteId, new PublishedCatalogue.Filter(unit[0], null, null, true, null)).stream()
                    .map(e -> e.entryId()).toList();
            for (int i = 0; i < PLANS.size() && !items.isEmpty(); i++) {
                long item = items.get(i % items.size());
                String code = "DEMO" + unit[0].substring(0, 2).toUpperCase() + String.format("%02d", i);
                cases.importCase(siteId, item, citizen, new Applicant("张明", "13999000001", "citizen1@example.com", ""), unit[1],
                        PLANS.get(i), today, code);
                count++;
            }
        }
        return count;
    }
}
