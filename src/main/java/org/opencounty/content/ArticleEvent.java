package org.opencounty.content;

import org.opencounty.review.ReviewState;
import java.time.Instant;

/** One line of an article's history: who did what, when, and why. */
public record ArticleEvent(Instant at, String actor, String action, ReviewState fromState, ReviewState toState,
                           Integer revision, String reason) {
}
