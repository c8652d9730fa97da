package org.opencounty.services;

import java.time.Instant;

/** One line of a catalogue entry's history. */
public record CatalogueEvent(Instant at, String actor, String action, String fromState, String toState, String reason) {
}
