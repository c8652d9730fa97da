package org.opencounty.sites.internal;

import java.util.Optional;
import org.opencounty.sites.Site;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SiteRepository extends JpaRepository<Site, Long> {

    Optional<Site> findByDefaultSiteTrue();

    Optional<Site> findByCode(String code);
}
