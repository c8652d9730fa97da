package org.opencounty.interaction;

import java.time.Instant;

/** One line of a message's history: who did what, when, and the note (a reason, the unit it went to). */
public record MessageLine(Instant at, String by, String action, String note) {
}
