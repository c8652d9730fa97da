package org.opencounty.grassroots.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.opencounty.grassroots.ActivityRegistration;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActivityRegistrationRepository extends JpaRepository<ActivityRegistration, Long> {

    Optional<ActivityRegistration> findByActivityIdAndAccountIdAndCancelledAtIsNull(long activityId, long accountId);

    List<ActivityRegistration> findByActivityIdOrderByRegisteredAtAscIdAsc(long activityId);

    List<ActivityRegistration> findByActivityIdAndCancelledAtIsNull(long activityId);

    List<ActivityRegistration> findByAccountIdOrderByRegisteredAtDescIdDesc(long accountId);

    /** Which of {@code activityIds} the account is registered for: one statement for a page of activities. */
    @Query("select r.activityId from ActivityRegistration r where r.accountId = :accountId and r.cancelledAt is null"
            + " and r.activityId in :activityIds")
    List<Long> registeredAmong(long accountId, Collection<Long> activityIds);
}
