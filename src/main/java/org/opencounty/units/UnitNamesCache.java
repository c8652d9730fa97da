package org.opencounty.units;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.LongFunction;
import org.opencounty.units.UnitEvents.ProfilePublished;
import org.opencounty.units.UnitEvents.UnitChanged;
import org.opencounty.units.UnitEvents.UnitCreated;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Each site's {@link UnitNames}, read once instead of 300 rows on every search (docs/adr/0029-search-speed.md).
 * Forgotten right after a unit of the site is created or changed on this node has committed; a change made on another
 * node shows here within {@link #STALE_AT_MOST} (units are renamed a few times a year; pages of that node's cache
 * are cleared across nodes, these names are not).
 */
@Component
class UnitNamesCache {

    static final Duration STALE_AT_MOST = Duration.ofMinutes(1);

    private final Cache<Long, UnitNames> bySite = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(STALE_AT_MOST).build();

    UnitNames get(long siteId, LongFunction<UnitNames> read) {
        return bySite.get(siteId, read::apply);
    }

    void forget(long siteId) {
        bySite.invalidate(siteId);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(UnitCreated event) {
        forget(event.siteId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(UnitChanged event) {
        forget(event.siteId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ProfilePublished event) {
        forget(event.siteId());
    }
}
