package org.opencounty.units.internal;

import java.util.List;
import java.util.Collection;
import java.util.Optional;
import org.opencounty.review.ReviewState;
import org.opencounty.units.Unit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitRepository extends JpaRepository<Unit, Long> {

    Optional<Unit> findBySiteIdAndCode(long siteId, String code);

    List<Unit> findBySiteIdOrderBySortOrderAscIdAsc(long siteId);

    List<Unit> findByParentIdOrderBySortOrderAscIdAsc(long parentId);

    List<Unit> findBySiteIdAndProfileReviewStateOrderByProfileReviewUpdatedAtAsc(long siteId, ReviewState state);

    List<Unit> findByIdInAndProfileReviewStateOrderByProfileReviewUpdatedAtAsc(Collection<Long> ids, ReviewState state);
}
