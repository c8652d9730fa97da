package org.opencounty.interaction.internal;

import java.util.List;
import java.util.Optional;
import org.opencounty.interaction.AnnualReport;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnnualReportRepository extends JpaRepository<AnnualReport, Long> {

    Optional<AnnualReport> findByUnitIdAndYear(long unitId, int year);

    List<AnnualReport> findBySiteIdAndYear(long siteId, int year);
}
