package org.opencounty.grassroots.internal;

import java.util.List;
import java.util.Optional;
import org.opencounty.grassroots.ActivityRegistration;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActivityRegistrationRepository extends JpaRepository<ActivityRegistration, Long> {

    Optional<ActivityRegistration> findByActivityIdAndAccountIdAndCancelledAtIsNull(long activityId, long accountId);

    List<ActivityRegistration> findByActivityIdOrderByRegisteredAtAscIdAsc(long activityId);

    List<ActivityRegistration> findByActivityIdAndCancelledAtIsNull(long activityId);

    List<ActivityRegistration> findByAccountIdOrderByRegisteredAtDescIdDesc(long accountId);
}
