package org.opencounty.coordination.internal;

import java.util.List;
import org.opencounty.coordination.Task;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskRepository extends JpaRepository<Task, Long> {

    List<Task> findBySiteIdOrderByDeadlineDescIdDesc(long siteId);

    List<Task> findByIdInOrderByDeadlineDescIdDesc(java.util.Collection<Long> ids);

    boolean existsBySiteIdAndBasisUrl(long siteId, String basisUrl);
}
