package org.opencounty.catalogue.internal;

import java.util.List;
import org.opencounty.catalogue.EntryKind;
import org.opencounty.catalogue.PublishedEntry;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PublishedEntryRepository extends JpaRepository<PublishedEntry, Long>, PublishedItemQueries {

    List<PublishedEntry> findBySiteIdAndKindOrderByUnitIdAscNameAsc(long siteId, EntryKind kind);
}
