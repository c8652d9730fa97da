package org.opencounty.applications;

import java.util.List;
import org.opencounty.calendar.CalendarChanged;
import org.opencounty.services.PublishedCatalogue;
import org.opencounty.services.ServiceItemContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When the calendar changes (a year's holidays published, a regional day corrected), every open clock is
 * recomputed, so that provisional due dates become final and no deadline keeps an outdated date.
 */
@Component
class CalendarFollower {

    private static final Logger log = LoggerFactory.getLogger(CalendarFollower.class);

    private final ApplicationRepository applications;
    private final ApplicationClocks clocks;
    private final PublishedCatalogue catalogue;

    CalendarFollower(ApplicationRepository applications, ApplicationClocks clocks, PublishedCatalogue catalogue) {
        this.applications = applications;
        this.clocks = clocks;
        this.catalogue = catalogue;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public void on(CalendarChanged event) {
        recomputeOpen();
    }

    int recomputeOpen() {
        List<Long> open = applications.idsIn(ApplicationState.OPEN);
        for (Long id : open) {
            applications.findById(id).ifPresent(application -> {
                List<ServiceItemContent.Step> steps = catalogue.liveItem(application.siteId(), application.serviceItemId())
                        .map(ServiceItemContent::procedure).orElse(List.of());
                clocks.project(application, steps);
                applications.save(application);
            });
        }
        log.info("Recomputed the clocks of {} open applications after a calendar change", open.size());
        return open.size();
    }
}
