package org.opencounty.catalogue.internal;

import java.util.Optional;
import org.opencounty.catalogue.CatalogueRevision;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CatalogueRevisionRepository extends JpaRepository<CatalogueRevision, Long> {

    Optional<CatalogueRevision> findFirstByEntryIdOrderByNumberDesc(long entryId);
}
