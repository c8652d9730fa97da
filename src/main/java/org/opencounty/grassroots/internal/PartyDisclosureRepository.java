package org.opencounty.grassroots.internal;

import java.util.Collection;
import java.util.List;
import org.opencounty.grassroots.PartyCategory;
import org.opencounty.grassroots.PartyDisclosure;
import org.opencounty.grassroots.PartyVisibility;
import org.opencounty.review.ReviewState;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartyDisclosureRepository extends JpaRepository<PartyDisclosure, Long> {

    @Query("select d from PartyDisclosure d where d.unitId in :units order by d.id desc")
    List<PartyDisclosure> ofUnits(Collection<Long> units);

    @Query("select d from PartyDisclosure d where d.siteId = :site and d.review.liveRevisionId is not null"
            + " order by d.review.publishedAt desc, d.id desc")
    List<PartyDisclosure> publishedOnSite(long site);

    /**
     * The items a reader may read, newest first: of the organisations whose work they see ({@code work}) every item
     * with a text, of the others the live ones that are public or of the reader's own organisation ({@code member}).
     */
    @Query(value = "select d from PartyDisclosure d where d.unitId in :units and ("
            + " (d.unitId in :work and (d.review.workingRevisionId is not null or d.review.liveRevisionId is not null))"
            + " or (d.review.liveRevisionId is not null and (d.visibility = :open or d.unitId = :member))) order by d.id desc",
            countQuery = "select count(d) from PartyDisclosure d where d.unitId in :units and ("
                    + " (d.unitId in :work and (d.review.workingRevisionId is not null or d.review.liveRevisionId is not null))"
                    + " or (d.review.liveRevisionId is not null and (d.visibility = :open or d.unitId = :member)))")
    Page<PartyDisclosure> readable(Collection<Long> units, Collection<Long> work, long member, PartyVisibility open, Pageable page);

    /**
     * How many of the organisation's items that were put into effect (published once) the reader may read, by category,
     * under the conditions of {@link #readable}: rows of (category, count), empty ones left out.
     */
    @Query("select d.category, count(d) from PartyDisclosure d where d.unitId = :unit and d.review.publishedAt is not null and ("
            + " (d.unitId in :work and (d.review.workingRevisionId is not null or d.review.liveRevisionId is not null))"
            + " or (d.review.liveRevisionId is not null and (d.visibility = :open or d.unitId = :member))) group by d.category")
    List<Object[]> publishedCounts(long unit, Collection<Long> work, long member, PartyVisibility open);

    /** A page of {@link #publishedCounts}' items of one category, newest first (the portal's 公开目录). */
    @Query("select d from PartyDisclosure d where d.unitId = :unit and d.category = :category and d.review.publishedAt is not null and ("
            + " (d.unitId in :work and (d.review.workingRevisionId is not null or d.review.liveRevisionId is not null))"
            + " or (d.review.liveRevisionId is not null and (d.visibility = :open or d.unitId = :member))) order by d.id desc")
    List<PartyDisclosure> published(long unit, PartyCategory category, Collection<Long> work, long member, PartyVisibility open,
                                    Pageable page);

    /** The items in review at a step the reader takes (the dashboard), newest first; the caller checks the steps again. */
    @Query("select d from PartyDisclosure d where d.unitId in :units and ("
            + " (d.unitId = :writer and d.review.state in :editable and d.review.workingRevisionId is not null)"
            + " or (d.review.state = :first and d.unitId in :leader) or (d.review.state = :second and d.unitId in :center))"
            + " order by d.id desc")
    List<PartyDisclosure> waiting(Collection<Long> units, long writer, Collection<Long> leader, Collection<Long> center,
                                  Collection<ReviewState> editable, ReviewState first, ReviewState second);
}
