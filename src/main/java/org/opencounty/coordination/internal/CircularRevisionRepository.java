package org.opencounty.coordination.internal;

import org.opencounty.coordination.CircularRevision;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CircularRevisionRepository extends JpaRepository<CircularRevision, Long> {

    int countByCircularId(long circularId);
}
