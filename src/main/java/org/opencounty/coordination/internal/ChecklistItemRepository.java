package org.opencounty.coordination.internal;

import java.util.Collection;
import java.util.List;
import org.opencounty.coordination.ChecklistItem;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChecklistItemRepository extends JpaRepository<ChecklistItem, Long> {

    List<ChecklistItem> findByInspectionIdOrderBySortOrder(long inspectionId);

    List<ChecklistItem> findByInspectionIdInOrderBySortOrder(Collection<Long> inspectionIds);
}
