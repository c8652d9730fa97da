package org.opencounty.content.internal;

import java.util.List;
import java.util.Optional;
import org.opencounty.content.ArticleRevision;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RevisionRepository extends JpaRepository<ArticleRevision, Long> {

    List<ArticleRevision> findByArticleIdOrderByNumberAsc(long articleId);

    Optional<ArticleRevision> findFirstByArticleIdOrderByNumberDesc(long articleId);
}
