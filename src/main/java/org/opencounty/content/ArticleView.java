package org.opencounty.content;

import java.util.List;
import org.opencounty.review.ReviewEvent;

/** Everything the back office and the API show of one article. */
public record ArticleView(Article article, String unitCode, String unitName, ArticleRevision working,
                          ArticleRevision live, ArticleRevision latest, List<ReviewEvent> history,
                          List<StoredAttachment> attachments) {

    /** The revision the officer is working on, else the live one, else the latest (of a withdrawn article). */
    public ArticleRevision current() {
        return working != null ? working : live != null ? live : latest;
    }

    public String publicUrl() {
        return article.isLive() ? "/articles/" + article.id() : null;
    }
}
