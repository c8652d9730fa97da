package org.opencounty.extranet.internal;

import java.time.Instant;
import java.util.Optional;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.coordination.ExtranetConnections;
import org.opencounty.extranet.ExtranetRegistry;
import org.springframework.stereotype.Component;

/**
 * Answers the coordination module's "extranet connected" condition from the registry. The registry keeps the day a
 * unit was connected, not the hour; its start in Beijing time is the moment, so a unit connected on the deadline day
 * is on time.
 */
@Component
class ConnectionsForCoordination implements ExtranetConnections {

    private final ExtranetRegistry registry;

    ConnectionsForCoordination(ExtranetRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Optional<Instant> connectedSince(long unitId) {
        return registry.connectedSince(unitId).map(day -> day.atStartOfDay(TimeConfiguration.CHINA).toInstant());
    }
}
