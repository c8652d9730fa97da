package org.opencounty.grassroots.internal;

import java.util.List;
import org.opencounty.grassroots.CommunityService;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommunityServiceRepository extends JpaRepository<CommunityService, Long> {

    List<CommunityService> findByUnitIdOrderByCategoryAscIdAsc(long unitId);
}
