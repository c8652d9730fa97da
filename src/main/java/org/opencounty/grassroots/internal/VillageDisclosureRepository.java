package org.opencounty.grassroots.internal;

import java.util.Collection;
import java.util.List;
import org.opencounty.grassroots.VillageCategory;
import org.opencounty.grassroots.VillageDisclosure;
import org.opencounty.review.ReviewState;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface VillageDisclosureRepository extends JpaRepository<VillageDisclosure, Long> {

    @Query("select d from VillageDisclosure d where d.unitId in :units order by d.id desc")
    List<VillageDisclosure> ofUnits(Collection<Long> units);

    @Query("select d from VillageDisclosure d where d.siteId = :site and d.review.liveRevisionId is not null"
            + " order by d.review.publishedAt desc, d.id desc")
    List<VillageDisclosure> publishedOnSite(long site);

    /**
     * What the villages published that a timeliness verdict can turn on: their major matters, and what covers a period
     * starting on or after {@code since} (the periods a verdict looks at are the last two); each village's newest first.
     */
    @Query("select d from VillageDisclosure d where d.unitId in :units and d.review.liveRevisionId is not null"
            + " and (d.major = true or d.periodStart >= :since) order by d.unitId, d.periodStart desc, d.id desc")
    List<VillageDisclosure> forTimeliness(Collection<Long> units, java.time.LocalDate since);

    /** The units' disclosures that have a text to show (working or live), newest first. */
    @Query(value = "select d from VillageDisclosure d where d.unitId in :units"
            + " and (d.review.workingRevisionId is not null or d.review.liveRevisionId is not null) order by d.id desc",
            countQuery = "select count(d) from VillageDisclosure d where d.unitId in :units"
                    + " and (d.review.workingRevisionId is not null or d.review.liveRevisionId is not null)")
    Page<VillageDisclosure> workOf(Collection<Long> units, Pageable page);

    @Query(value = "select d from VillageDisclosure d where d.unitId = :unit and d.review.liveRevisionId is not null"
            + " order by d.periodStart desc, d.id desc",
            countQuery = "select count(d) from VillageDisclosure d where d.unitId = :unit and d.review.liveRevisionId is not null")
    Page<VillageDisclosure> publishedOf(long unit, Pageable page);

    /** How many of the village's disclosures are published, by category: rows of (category, count), empty ones left out. */
    @Query("select d.category, count(d) from VillageDisclosure d where d.unitId = :unit and d.review.liveRevisionId is not null"
            + " group by d.category")
    List<Object[]> publishedCounts(long unit);

    /** A page of what the village published in one category, newest period first (the portal's village page). */
    @Query("select d from VillageDisclosure d where d.unitId = :unit and d.category = :category and d.review.liveRevisionId is not null"
            + " order by d.periodStart desc, d.id desc")
    List<VillageDisclosure> publishedOf(long unit, VillageCategory category, Pageable page);

    @Query(value = "select d from VillageDisclosure d where d.siteId = :site and d.review.liveRevisionId is not null"
            + " order by d.review.publishedAt desc, d.id desc",
            countQuery = "select count(d) from VillageDisclosure d where d.siteId = :site and d.review.liveRevisionId is not null")
    Page<VillageDisclosure> publishedOnSite(long site, Pageable page);

    /**
     * The disclosures on which the reader may have a step to take (the dashboard), newest first: a superset the caller
     * narrows with the steps themselves — drafts of the writer's village, the monitor's and the leader's first step,
     * the reviewing unit's second, and what the reader may withdraw while a new text is on its way.
     */
    @Query("select d from VillageDisclosure d where d.unitId in :scope and d.review.state <> :published and ("
            + " (d.unitId = :writer and d.review.state in :editable and d.review.workingRevisionId is not null)"
            + " or (d.review.state = :first and (d.unitId = :monitor or d.unitId in :leader))"
            + " or (d.review.state = :second and d.unitId in :center)"
            + " or (d.review.liveRevisionId is not null and (d.unitId in :leader or d.unitId in :center)))"
            + " order by d.id desc")
    List<VillageDisclosure> waiting(Collection<Long> scope, long writer, long monitor, Collection<Long> leader,
                                    Collection<Long> center, ReviewState published, Collection<ReviewState> editable,
                                    ReviewState first, ReviewState second);
}
