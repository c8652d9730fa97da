package org.opencounty.content.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.opencounty.content.Article;
import org.opencounty.review.ReviewState;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ArticleRepository extends JpaRepository<Article, Long> {

    List<Article> findByUnitIdInAndReviewStateInOrderByReviewUpdatedAtDesc(Collection<Long> unitIds, Collection<ReviewState> states);

    List<Article> findBySiteIdAndReviewStateInOrderByReviewUpdatedAtDesc(long siteId, Collection<ReviewState> states);

    List<Article> findByUnitIdInAndReviewStateInOrderByReviewUpdatedAtDesc(Collection<Long> unitIds, Collection<ReviewState> states, Limit limit);

    List<Article> findBySiteIdAndReviewStateInOrderByReviewUpdatedAtDesc(long siteId, Collection<ReviewState> states, Limit limit);

    @Query("""
            select a from Article a, ArticleRevision r
            where r.id = a.review.workingRevisionId and a.review.state = org.opencounty.review.ReviewState.SCHEDULED
              and (r.publishAt is null or r.publishAt <= :now)""")
    List<Article> scheduledDue(Instant now);
}
