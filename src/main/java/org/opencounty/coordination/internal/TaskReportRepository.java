package org.opencounty.coordination.internal;

import org.opencounty.coordination.TaskReport;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskReportRepository extends JpaRepository<TaskReport, Long> {

    int countByTaskUnitId(long taskUnitId);
}
