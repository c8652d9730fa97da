package org.opencounty.grassroots.internal;

import java.util.List;
import org.opencounty.grassroots.AnnouncementObjection;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ObjectionRepository extends JpaRepository<AnnouncementObjection, Long> {

    List<AnnouncementObjection> findByDisclosureIdOrderByIdAsc(long disclosureId);

    long countByDisclosureId(long disclosureId);
}
