package org.opencounty.applications;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApplicationRepository extends JpaRepository<Application, Long> {

    Optional<Application> findByQueryCode(String queryCode);

    List<Application> findByApplicantAccountIdOrderByIdDesc(long accountId);

    @Query("select a.serviceItemId from Application a where a.siteId = :siteId"
            + " and a.state <> org.opencounty.applications.ApplicationState.DRAFT"
            + " group by a.serviceItemId order by count(a) desc, a.serviceItemId")
    List<Long> mostApplied(long siteId, org.springframework.data.domain.Pageable page);

    Optional<Application> findFirstByApplicantAccountIdAndServiceItemIdAndStateOrderByIdDesc(long accountId, long serviceItemId,
                                                                                         ApplicationState state);

    List<Application> findByUnitIdInAndStateInOrderByIdDesc(Collection<Long> unitIds, Collection<ApplicationState> states);

    @Query("select a from Application a where a.state = org.opencounty.applications.ApplicationState.SUBMITTED and a.acceptanceDue < :today")
    List<Application> acceptanceOverdue(LocalDate today);

    @Query("select a.id from Application a where a.state in :states")
    List<Long> idsIn(Collection<ApplicationState> states);
}
