package org.opencounty.services.internal;

import java.util.Collection;
import java.util.List;
import org.opencounty.review.ReviewState;
import org.opencounty.services.CatalogueEntry;
import org.opencounty.services.EntryKind;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CatalogueEntryRepository extends JpaRepository<CatalogueEntry, Long> {

    List<CatalogueEntry> findByUnitIdInAndKindOrderByUpdatedAtDesc(Collection<Long> unitIds, EntryKind kind);

    List<CatalogueEntry> findBySiteIdAndKindAndReviewStateInOrderByUpdatedAtDesc(long siteId, EntryKind kind, Collection<ReviewState> states);

    List<CatalogueEntry> findByUnitIdInAndReviewStateInOrderByUpdatedAtDesc(Collection<Long> unitIds, Collection<ReviewState> states);
}
