package org.opencounty.documents;

import java.time.Instant;

/** One line of a document's history: a sending step, or a step of one receiving unit ({@code recipientId}). */
public record DocumentStep(Instant at, String actor, String action, Long recipientId, String detail) {
}
