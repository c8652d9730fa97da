package org.opencounty.grassroots.internal;

import java.util.Collection;
import java.util.List;
import org.opencounty.grassroots.AnnouncementObjection;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ObjectionRepository extends JpaRepository<AnnouncementObjection, Long> {

    List<AnnouncementObjection> findByDisclosureIdOrderByIdAsc(long disclosureId);

    long countByDisclosureId(long disclosureId);

    /** Each item's objections counted at once: rows of {disclosure id, count}, items without any left out. */
    @Query("select o.disclosureId, count(o) from AnnouncementObjection o where o.disclosureId in :ids group by o.disclosureId")
    List<Object[]> countsOf(Collection<Long> ids);
}
