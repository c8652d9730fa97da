package org.opencounty.grassroots.internal;

import org.opencounty.grassroots.PartyDisclosureRevision;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartyDisclosureRevisionRepository extends JpaRepository<PartyDisclosureRevision, Long> {

    @Query("select coalesce(max(r.number), 0) from PartyDisclosureRevision r where r.disclosureId = :disclosure")
    int lastNumber(long disclosure);
}
