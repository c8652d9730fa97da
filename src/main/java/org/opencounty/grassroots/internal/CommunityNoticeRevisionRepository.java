package org.opencounty.grassroots.internal;

import java.util.Optional;
import org.opencounty.grassroots.CommunityNoticeRevision;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommunityNoticeRevisionRepository extends JpaRepository<CommunityNoticeRevision, Long> {

    @Query("select coalesce(max(r.number), 0) from CommunityNoticeRevision r where r.noticeId = :notice")
    int lastNumber(long notice);

    Optional<CommunityNoticeRevision> findFirstByNoticeIdOrderByNumberDesc(long noticeId);
}
