package org.opencounty.coordination.internal;

import org.opencounty.coordination.Rectification;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RectificationRepository extends JpaRepository<Rectification, Long> {

    int countByFindingId(long findingId);
}
