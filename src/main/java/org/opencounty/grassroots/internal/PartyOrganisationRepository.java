package org.opencounty.grassroots.internal;

import org.opencounty.grassroots.PartyOrganisation;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartyOrganisationRepository extends JpaRepository<PartyOrganisation, Long> {
}
