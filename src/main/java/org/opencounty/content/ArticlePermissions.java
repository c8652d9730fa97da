package org.opencounty.content;

import java.util.Set;
import org.opencounty.common.Actor;
import org.opencounty.common.NotAllowedException;
import org.opencounty.review.ReviewPermissions;
import org.opencounty.review.ReviewSubject;
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
        return review.canReviewAsCenter(actor, article.siteId());
    }

    public boolean canWithdraw(Actor actor, Article article) {
        return review.canWithdraw(actor, article.siteId(), article.unitId());
    }

    void requireView(Actor actor, Article article) {
        if (!canView(actor, article)) {
            throw new NotAllowedException("您无权查看该信息");
        }
    }

    void requireWrite(Actor actor, Article article) {
        if (!canWrite(actor, article)) {
            throw new NotAllowedException("只有本单位的信息员可以编辑和报送该信息");
        }
    }

    void requireSubmittable(Article article) {
        review.requireSubmittable(subject(article), article.workingRevisionId());
    }

    /** {@code contributors}: who wrote, attached to or submitted the revision under review (none when there is none). */
    void requireApprover(Actor actor, Article article, Set<String> contributors, Set<String> earlierApprovers) {
        review.requireApprover(actor, subject(article), contributors, earlierApprovers);
    }

    String requireReturn(Actor actor, Article article, String reason) {
        return review.requireReturn(actor, subject(article), reason);
    }

    String requireWithdrawal(Actor actor, Article article, String reason) {
        return review.requireWithdrawal(actor, subject(article), reason);
    }

    private static ReviewSubject subject(Article article) {
        return new ReviewSubject("article", "article:" + article.id(), "该信息", article.siteId(), article.unitId(), article.state());
    }
}
