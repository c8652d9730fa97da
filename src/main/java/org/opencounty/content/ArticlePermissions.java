package org.opencounty.content;

import org.opencounty.common.Actor;
import org.opencounty.common.NotAllowedException;
import org.opencounty.review.ReviewPermissions;
import org.springframework.stereotype.Component;

/** The review chain's permissions applied to articles. */
@Component
public class ArticlePermissions {

    private final ReviewPermissions review;

    ArticlePermissions(ReviewPermissions review) {
        this.review = review;
    }

    public boolean canView(Actor actor, Article article) {
        return review.canView(actor, article.siteId(), article.unitId());
    }

    public boolean canWrite(Actor actor, Article article) {
        return review.canWrite(actor, article.siteId(), article.unitId());
    }

    public boolean canReviewAsLeader(Actor actor, Article article) {
        return review.canReviewAsLeader(actor, article.siteId(), article.unitId());
    }

    public boolean canReviewAsCenter(Actor actor, Article article) {
        return review.canReviewAsCenter(actor, article.siteId(), article.unitId());
    }

    public boolean canWithdraw(Actor actor, Article article) {
        return review.canWithdraw(actor, article.siteId(), article.unitId());
    }

    void requireView(Actor actor, Article article) {
        if (!canView(actor, article)) {
            throw new NotAllowedException("您无权查看该信息");
        }
    }
}
