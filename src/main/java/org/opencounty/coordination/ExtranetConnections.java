package org.opencounty.coordination;

import java.util.Optional;

/**
 * Since when a unit is connected to the government extranet (电子政务外网), for the task condition "extranet
 * connected". The extranet registry implements it; coordination asks through this seam so that it does not depend on
 * the registry, and without an implementation the condition stays unmet and the pages say the registry is not
 * installed.
 */
@org.springframework.modulith.NamedInterface("facts")
public interface ExtranetConnections {

    /** When the unit was connected; empty while it is not. */
    Optional<java.time.Instant> connectedSince(long unitId);
}
