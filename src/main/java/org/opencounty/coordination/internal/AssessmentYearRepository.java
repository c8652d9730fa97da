package org.opencounty.coordination.internal;

import java.util.Optional;
import org.opencounty.coordination.AssessmentYear;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssessmentYearRepository extends JpaRepository<AssessmentYear, Long> {

    Optional<AssessmentYear> findBySiteIdAndYear(long siteId, int year);
}
