package org.opencounty.content.internal;

import java.util.List;
import org.opencounty.content.PublishedArticle;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PublishedArticleRepository extends JpaRepository<PublishedArticle, Long> {

    Page<PublishedArticle> findBySiteIdAndCategoryOrderByPublishedAtDesc(long siteId, String category, Pageable page);

    Page<PublishedArticle> findBySiteIdAndUnitIdOrderByPublishedAtDesc(long siteId, long unitId, Pageable page);

    List<PublishedArticle> findTop10BySiteIdOrderByPublishedAtDesc(long siteId);

    List<PublishedArticle> findTop500BySiteIdAndCategoryInOrderByPublishedAtDesc(long siteId, java.util.Collection<String> categories);

    List<PublishedArticle> findTop20BySiteIdAndCategoryOrderByPublishedAtDesc(long siteId, String category);
}
