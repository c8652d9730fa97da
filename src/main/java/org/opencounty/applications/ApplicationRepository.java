package org.opencounty.applications;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApplicationRepository extends JpaRepository<Application, Long> {

    Optional<Application> findByQueryCode(String queryCode);

    Page<Application> findByApplicantAccountId(long accountId, Pageable page);

    @Query("select a.serviceItemId from Application a where a.siteId = :siteId"
            + " and a.state <> org.opencounty.applications.ApplicationState.DRAFT"
            + " group by a.serviceItemId order by count(a) desc, a.serviceItemId")
    List<Long> mostApplied(long siteId, org.springframework.data.domain.Pageable page);

    Optional<Application> findFirstByApplicantAccountIdAndServiceItemIdAndStateOrderByIdDesc(long accountId, long serviceItemId,
                                                                                         ApplicationState state);

    Page<Application> findByUnitIdInAndStateIn(Collection<Long> unitIds, Collection<ApplicationState> states, Pageable page);

    @Query("select a from Application a where a.state = org.opencounty.applications.ApplicationState.SUBMITTED and a.acceptanceDue < :today")
    List<Application> acceptanceOverdue(LocalDate today);

    @Query("select a.id from Application a where a.state in :states")
    List<Long> idsIn(Collection<ApplicationState> states);
}
