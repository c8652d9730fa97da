package org.opencounty.catalogue.internal;

import java.util.List;
import org.opencounty.catalogue.EntryKind;
import org.opencounty.catalogue.PublishedEntry;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PublishedEntryRepository extends JpaRepository<PublishedEntry, Long>, PublishedItemQueries {

    List<PublishedEntry> findBySiteIdAndKindOrderByUnitIdAscNameAsc(long siteId, EntryKind kind);

    Page<PublishedEntry> findBySiteIdAndKind(long siteId, EntryKind kind, Pageable page);

    Page<PublishedEntry> findBySiteIdAndKindAndUnitCode(long siteId, EntryKind kind, String unitCode, Pageable page);
}
