package org.opencounty.coordination.internal;

import java.util.List;
import org.opencounty.coordination.Inspection;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InspectionRepository extends JpaRepository<Inspection, Long> {

    List<Inspection> findBySiteIdOrderByPeriodFromDescIdDesc(long siteId);
}
