package org.opencounty.coordination.internal;

import java.util.List;
import org.opencounty.coordination.Indicator;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    List<Indicator> findByYearIdOrderBySortOrderAscIdAsc(long yearId);

    void deleteByYearId(long yearId);
}
