package org.opencounty.catalogue.internal;

import java.util.Collection;
import java.util.List;
import org.opencounty.review.ReviewState;
import org.opencounty.catalogue.CatalogueEntry;
import org.opencounty.catalogue.EntryKind;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CatalogueEntryRepository extends JpaRepository<CatalogueEntry, Long> {

    List<CatalogueEntry> findByUnitIdInAndKindOrderByReviewUpdatedAtDesc(Collection<Long> unitIds, EntryKind kind);

    List<CatalogueEntry> findBySiteIdAndKindAndReviewStateInOrderByReviewUpdatedAtDesc(long siteId, EntryKind kind, Collection<ReviewState> states);

    List<CatalogueEntry> findByUnitIdInAndReviewStateInOrderByReviewUpdatedAtDesc(Collection<Long> unitIds, Collection<ReviewState> states);
}
