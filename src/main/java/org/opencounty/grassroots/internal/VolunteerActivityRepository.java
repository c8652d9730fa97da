package org.opencounty.grassroots.internal;

import java.util.List;
import org.opencounty.grassroots.VolunteerActivity;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface VolunteerActivityRepository extends JpaRepository<VolunteerActivity, Long> {

    Page<VolunteerActivity> findBySiteId(long siteId, Pageable page);

    Page<VolunteerActivity> findByUnitId(long unitId, Pageable page);

    /** Takes a place if one is left: 1 when taken, 0 when the activity is full. One statement, so that it cannot race. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update VolunteerActivity a set a.registered = a.registered + 1 where a.id = :id and a.registered < a.capacity")
    int takePlace(long id);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update VolunteerActivity a set a.registered = a.registered - 1 where a.id = :id and a.registered > 0")
    int givePlaceBack(long id);
}
