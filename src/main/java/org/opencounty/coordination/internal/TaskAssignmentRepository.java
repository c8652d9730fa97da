package org.opencounty.coordination.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.opencounty.coordination.TaskAssignment;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskAssignmentRepository extends JpaRepository<TaskAssignment, Long> {

    List<TaskAssignment> findByTaskIdOrderByIdAsc(long taskId);

    List<TaskAssignment> findByTaskIdIn(Collection<Long> taskIds);

    Optional<TaskAssignment> findByTaskIdAndUnitId(long taskId, long unitId);

    List<TaskAssignment> findByFulfilledAtIsNull();
}
