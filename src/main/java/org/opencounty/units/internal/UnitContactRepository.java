package org.opencounty.units.internal;

import java.util.List;
import org.opencounty.units.UnitContact;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface UnitContactRepository extends JpaRepository<UnitContact, Long> {

    List<UnitContact> findByUnitIdOrderBySortOrderAsc(long unitId);

    @Modifying
    @Query("delete from UnitContact c where c.unitId = :unitId")
    void deleteByUnitId(long unitId);
}
