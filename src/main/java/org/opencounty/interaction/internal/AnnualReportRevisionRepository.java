package org.opencounty.interaction.internal;

import org.opencounty.interaction.AnnualReportRevision;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnnualReportRevisionRepository extends JpaRepository<AnnualReportRevision, Long> {

    int countByAnnualReportId(long annualReportId);
}
