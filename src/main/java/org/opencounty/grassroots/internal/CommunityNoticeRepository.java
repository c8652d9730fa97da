package org.opencounty.grassroots.internal;

import java.util.Collection;
import java.util.List;
import org.opencounty.grassroots.CommunityNotice;
import org.opencounty.review.ReviewState;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommunityNoticeRepository extends JpaRepository<CommunityNotice, Long> {

    @Query("select n from CommunityNotice n where n.unitId = :unit order by n.id desc")
    List<CommunityNotice> ofUnit(long unit);

    @Query(value = "select n from CommunityNotice n where n.unitId = :unit order by n.id desc",
            countQuery = "select count(n) from CommunityNotice n where n.unitId = :unit")
    Page<CommunityNotice> ofUnit(long unit, Pageable page);

    /** What the community's page shows: the live notices, newest first. */
    @Query(value = "select n from CommunityNotice n where n.unitId = :unit and n.review.liveRevisionId is not null"
            + " order by n.review.publishedAt desc, n.id desc",
            countQuery = "select count(n) from CommunityNotice n where n.unitId = :unit and n.review.liveRevisionId is not null")
    Page<CommunityNotice> publishedOf(long unit, Pageable page);

    /** The notices in review at a step the reader takes (the dashboard), newest first; the caller checks the steps again. */
    @Query("select n from CommunityNotice n where n.unitId in :units and ((n.review.state = :first and n.unitId in :leader)"
            + " or (n.review.state = :second and n.unitId in :center)) order by n.id desc")
    List<CommunityNotice> waiting(Collection<Long> units, Collection<Long> leader, Collection<Long> center, ReviewState first,
                                  ReviewState second);
}
