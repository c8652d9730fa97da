package org.opencounty.content;

import java.time.Instant;

/** One line of an article's history: who did what, when, and why. */
public record ArticleEvent(Instant at, String actor, String action, ArticleState fromState, ArticleState toState,
                           Integer revision, String reason) {
}
