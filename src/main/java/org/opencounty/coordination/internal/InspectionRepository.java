package org.opencounty.coordination.internal;

import org.opencounty.coordination.Inspection;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InspectionRepository extends JpaRepository<Inspection, Long> {
}
