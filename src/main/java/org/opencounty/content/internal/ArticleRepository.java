package org.opencounty.content.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.opencounty.content.Article;
import org.opencounty.content.ArticleState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ArticleRepository extends JpaRepository<Article, Long> {

    List<Article> findByUnitIdInAndStateInOrderByUpdatedAtDesc(Collection<Long> unitIds, Collection<ArticleState> states);

    List<Article> findBySiteIdAndStateInOrderByUpdatedAtDesc(long siteId, Collection<ArticleState> states);

    List<Article> findByCreatedByOrderByUpdatedAtDesc(String createdBy);


    long countByUnitIdInAndStateIn(Collection<Long> unitIds, Collection<ArticleState> states);

    long countBySiteIdAndStateIn(long siteId, Collection<ArticleState> states);

    @Query("""
            select a from Article a, ArticleRevision r
            where r.id = a.workingRevisionId and a.state = org.opencounty.content.ArticleState.SCHEDULED
              and (r.publishAt is null or r.publishAt <= :now)""")
    List<Article> scheduledDue(Instant now);
}
