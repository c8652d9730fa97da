package org.opencounty.grassroots.internal;

import org.opencounty.grassroots.VillageSetting;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VillageSettingRepository extends JpaRepository<VillageSetting, Long> {
}
