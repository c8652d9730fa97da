package org.opencounty.content.internal;

import org.opencounty.review.ReviewHistory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The article's own history, shown to its staff and reviewers. */
@Repository
public class ArticleHistory extends ReviewHistory {

    ArticleHistory(JdbcClient jdbc) {
        super(jdbc, "article_event", "article_id", "article_revision");
    }
}
