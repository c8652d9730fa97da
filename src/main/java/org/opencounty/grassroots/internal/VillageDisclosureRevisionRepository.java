package org.opencounty.grassroots.internal;

import org.opencounty.grassroots.VillageDisclosureRevision;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface VillageDisclosureRevisionRepository extends JpaRepository<VillageDisclosureRevision, Long> {

    @Query("select coalesce(max(r.number), 0) from VillageDisclosureRevision r where r.disclosureId = :disclosure")
    int lastNumber(long disclosure);
}
