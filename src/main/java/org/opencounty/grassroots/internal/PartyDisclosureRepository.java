package org.opencounty.grassroots.internal;

import java.util.Collection;
import java.util.List;
import org.opencounty.grassroots.PartyDisclosure;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartyDisclosureRepository extends JpaRepository<PartyDisclosure, Long> {

    @Query("select d from PartyDisclosure d where d.unitId in :units order by d.id desc")
    List<PartyDisclosure> ofUnits(Collection<Long> units);

    @Query("select d from PartyDisclosure d where d.siteId = :site and d.review.liveRevisionId is not null"
            + " order by d.review.publishedAt desc, d.id desc")
    List<PartyDisclosure> publishedOnSite(long site);
}
