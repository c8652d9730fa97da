package org.opencounty.content;

import org.opencounty.review.ReviewState;
import java.util.List;

/** A person's work in the back office: what they are writing, what came back, what waits for them. */
public record ArticleQueue(List<Row> drafts, List<Row> returned, List<Row> waitingForMe, List<Row> inReview, List<Row> recentlyPublished) {

    public record Row(long id, String title, String unitName, Category category, ReviewState state, java.time.Instant updatedAt) {
    }
}
