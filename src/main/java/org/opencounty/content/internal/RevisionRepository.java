package org.opencounty.content.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.opencounty.content.ArticleRevision;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RevisionRepository extends JpaRepository<ArticleRevision, Long> {

    List<ArticleRevision> findByArticleIdOrderByNumberAsc(long articleId);

    Optional<ArticleRevision> findFirstByArticleIdOrderByNumberDesc(long articleId);

    /** A revision's title, for lists that show nothing else of it. */
    record Title(long revisionId, long articleId, String title) {
    }

    @Query("select r.id, r.articleId, r.title from ArticleRevision r where r.id in :ids")
    List<Title> titles(Collection<Long> ids);

    @Query("""
            select r.id, r.articleId, r.title from ArticleRevision r
            where r.articleId in :articleIds
              and r.number = (select max(l.number) from ArticleRevision l where l.articleId = r.articleId)""")
    List<Title> latestTitles(Collection<Long> articleIds);
}
