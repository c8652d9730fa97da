package org.opencounty.review;

import java.time.Instant;

/** One line of a submission's history: who did what, when, from which state to which, on which revision, and why. */
public record ReviewEvent(Instant at, String actor, String action, ReviewState fromState, ReviewState toState,
                          Integer revision, String reason) {
}
