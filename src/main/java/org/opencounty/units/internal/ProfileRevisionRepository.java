package org.opencounty.units.internal;

import java.util.Optional;
import org.opencounty.units.ProfileRevision;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProfileRevisionRepository extends JpaRepository<ProfileRevision, Long> {

    Optional<ProfileRevision> findFirstByUnitIdOrderByNumberDesc(long unitId);
}
