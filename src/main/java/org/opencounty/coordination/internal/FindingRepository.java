package org.opencounty.coordination.internal;

import java.util.Collection;
import java.util.List;
import org.opencounty.coordination.Finding;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FindingRepository extends JpaRepository<Finding, Long> {

    List<Finding> findByInspectionIdOrderByIdAsc(long inspectionId);

    List<Finding> findByInspectionIdInOrderByIdAsc(Collection<Long> inspectionIds);

    List<Finding> findByUnitIdInAndClosedAtIsNullOrderByDueDateAscIdAsc(Collection<Long> unitIds);
}
