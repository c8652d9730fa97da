package org.opencounty.grassroots.internal;

import java.util.Collection;
import java.util.List;
import org.opencounty.grassroots.VillageDisclosure;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface VillageDisclosureRepository extends JpaRepository<VillageDisclosure, Long> {

    @Query("select d from VillageDisclosure d where d.unitId in :units order by d.id desc")
    List<VillageDisclosure> ofUnits(Collection<Long> units);

    @Query("select d from VillageDisclosure d where d.unitId = :unit and d.review.liveRevisionId is not null"
            + " order by d.periodStart desc, d.id desc")
    List<VillageDisclosure> publishedOf(long unit);

    @Query("select d from VillageDisclosure d where d.siteId = :site and d.review.liveRevisionId is not null"
            + " order by d.review.publishedAt desc, d.id desc")
    List<VillageDisclosure> publishedOnSite(long site);
}
