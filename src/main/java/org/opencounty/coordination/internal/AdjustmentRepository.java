package org.opencounty.coordination.internal;

import java.util.List;
import org.opencounty.coordination.Adjustment;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AdjustmentRepository extends JpaRepository<Adjustment, Long> {

    List<Adjustment> findByYearIdOrderByMadeAtAscIdAsc(long yearId);

    long countByIndicatorIdIn(java.util.Collection<Long> indicatorIds);
}
