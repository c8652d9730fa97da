package org.opencounty.applications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencounty.calendar.CalendarChanged;
import org.opencounty.calendar.Region;
import org.opencounty.catalogue.PublishedCatalogue;
import org.opencounty.catalogue.ServiceItemContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When the calendar changes (a year's holidays published, a regional day corrected), the open clocks that count a
 * day of the changed year are recomputed, so that provisional due dates become final and no deadline keeps an
 * outdated date.
 *
 * <p>At county scale (600,000 open cases) this runs in batches of {@code opencounty.applications.clock-batch-size}
 * cases in id order, each batch in a transaction of its own: memory stays flat, a failure keeps what was done
 * before it, and a handler's case is never locked for longer than its batch.
 *
 * <p>It runs after the calendar's transaction has committed and in the background, so the change never waits for
 * the recomputation nor rolls back with it, and the administrator's page comes back at once: loading next year
 * reads only the cases running into it (7 s for 150,000 of 600,000 open cases on two cores), but correcting a day
 * of this year rewrites most open cases (25 s for 600,000; bench/README.md). The event publication registry keeps
 * the publication until the recomputation has completed, so one interrupted by a restart runs again at the next
 * start ({@code spring.modulith.events.republish-outstanding-events-on-restart}); running twice changes nothing
 * the first run finished. No transaction spans the run: each batch commits on its own.
 */
@Component
class CalendarFollower {

    /** What one recomputation did. */
    record Recomputed(int examined, int changed, int batches) {
    }

    private record Item(long siteId, long id) {
    }

    /** The name its publications are kept under in the event publication registry. */
    static final String LISTENER_ID = "applications.calendar-follower";

    private static final Logger log = LoggerFactory.getLogger(CalendarFollower.class);

    /** A case rewritten meanwhile by its handler is read again, this many times at most. */
    private static final int RETRIES = 3;

    private final OpenClocks open;
    private final ClockLedger ledger;
    private final ApplicationClocks clocks;
    private final PublishedCatalogue catalogue;
    private final TransactionTemplate eachBatch;
    private final int batchSize;

    CalendarFollower(OpenClocks open, ClockLedger ledger, ApplicationClocks clocks, PublishedCatalogue catalogue,
                     PlatformTransactionManager transactions, @Value("${opencounty.applications.clock-batch-size:1000}") int batchSize) {
        this.open = open;
        this.ledger = ledger;
        this.clocks = clocks;
        this.catalogue = catalogue;
        this.eachBatch = new TransactionTemplate(transactions);
        // Each batch commits on its own, also when called inside a transaction (tests, a future caller).
        this.eachBatch.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.batchSize = batchSize;
    }

    @ApplicationModuleListener(id = LISTENER_ID, propagation = Propagation.NOT_SUPPORTED)
    public void on(CalendarChanged event) {
        recompute(event.region(), LocalDate.of(event.year(), 1, 1), LocalDate.of(event.year(), 12, 31));
    }

    /** Recomputes the open clocks that may count a day of {@code first..last} in the region's calendar. */
    Recomputed recompute(Region region, LocalDate first, LocalDate last) {
        long started = System.nanoTime();
        // Items' procedures for the whole run: a few thousand items serve hundreds of thousands of cases.
        Map<Item, List<ServiceItemContent.Step>> procedures = new HashMap<>();
        long after = 0;
        int examined = 0;
        int changed = 0;
        int batches = 0;
        List<Long> moved = new ArrayList<>();
        while (true) {
            long from = after;
            Batch batch = eachBatch.execute(status -> rewrite(open.affected(region, first, last, from, batchSize), procedures));
            if (batch.examined() == 0) {
                break;
            }
            examined += batch.examined();
            changed += batch.changed();
            batches++;
            moved.addAll(batch.moved());
            after = batch.lastId();
        }
        for (int attempt = 0; attempt < RETRIES && !moved.isEmpty(); attempt++) {
            List<Long> again = List.copyOf(moved);
            Batch batch = eachBatch.execute(status -> rewrite(open.byIds(again), procedures));
            changed += batch.changed();
            batches++;
            moved = batch.moved();
        }
        if (!moved.isEmpty()) {
            log.warn("The clocks of applications {} changed during every attempt to recompute them; their handlers' next action recomputes them", moved);
        }
        log.info("Recomputed the clocks of {} open applications ({} changed) in {} batches after a calendar change of {} {}..{}, {} ms",
                examined, changed, batches, region, first, last, (System.nanoTime() - started) / 1_000_000);
        return new Recomputed(examined, changed, batches);
    }

    private record Batch(int examined, int changed, long lastId, List<Long> moved) {
    }

    private Batch rewrite(List<OpenClocks.OpenCase> cases, Map<Item, List<ServiceItemContent.Step>> procedures) {
        if (cases.isEmpty()) {
            return new Batch(0, 0, 0, List.of());
        }
        loadProcedures(cases, procedures);
        Map<Long, List<LedgerEntry>> ledgers = ledger.of(cases.stream().filter(c -> c.facts().acceptedOn() != null)
                .map(OpenClocks.OpenCase::id).toList());
        List<OpenClocks.Rewrite> rewrites = new ArrayList<>();
        for (OpenClocks.OpenCase c : cases) {
            ApplicationClocks.Projection projection = clocks.projection(c.facts(), ledgers.getOrDefault(c.id(), List.of()),
                    procedures.getOrDefault(new Item(c.siteId(), c.serviceItemId()), List.of()));
            if (!projection.equals(c.stored())) {
                rewrites.add(new OpenClocks.Rewrite(c.id(), c.version(), projection));
            }
        }
        List<Long> moved = open.rewrite(rewrites);
        return new Batch(cases.size(), rewrites.size() - moved.size(), cases.getLast().id(), moved);
    }

    private void loadProcedures(List<OpenClocks.OpenCase> cases, Map<Item, List<ServiceItemContent.Step>> procedures) {
        Map<Long, Set<Long>> missing = cases.stream().map(c -> new Item(c.siteId(), c.serviceItemId()))
                .filter(item -> !procedures.containsKey(item))
                .collect(Collectors.groupingBy(Item::siteId, Collectors.mapping(Item::id, Collectors.toSet())));
        missing.forEach((siteId, ids) -> {
            Map<Long, ServiceItemContent> live = catalogue.liveItems(siteId, ids);
            ids.forEach(id -> procedures.put(new Item(siteId, id),
                    Optional.ofNullable(live.get(id)).map(ServiceItemContent::procedure).orElse(List.of())));
        });
    }
}
