package org.opencounty.services.internal;

import java.util.List;
import org.opencounty.services.EntryKind;
import org.opencounty.services.PublishedEntry;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PublishedEntryRepository extends JpaRepository<PublishedEntry, Long>, PublishedItemQueries {

    List<PublishedEntry> findBySiteIdAndKindOrderByUnitIdAscNameAsc(long siteId, EntryKind kind);
}
