package org.opencounty.supervision;

import java.time.Clock;
import org.opencounty.common.Actor;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.supervision.internal.SupervisionReads;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's back-office notices of signals: the case's handler, the unit's leaders and the site's supervisors
 * each get one. Everyone sees only their own. Reading a notice is not audited: it changes nobody's rights or
 * records, and the signal itself is acknowledged (and audited) separately.
 */
@Service
public class SupervisionNotices {

    /** The unread count shown beside the link stops here ("999+"); counting further is of no use to anybody. */
    public static final long UNREAD_CAP = 1000;

    private final SupervisionReads reads;
    private final Clock clock;

    SupervisionNotices(SupervisionReads reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ResultPage<Notice> mine(Actor actor, boolean unreadOnly, int page) {
        requireStaff(actor);
        int number = Math.max(1, page);
        long total = reads.countNotices(actor.username(), unreadOnly, Long.MAX_VALUE);
        return new ResultPage<>(total, number, SupervisionBoard.PAGE_SIZE,
                reads.notices(actor.username(), unreadOnly, SupervisionBoard.PAGE_SIZE, (long) (number - 1) * SupervisionBoard.PAGE_SIZE));
    }

    /** How many of the actor's notices are unread, up to {@link #UNREAD_CAP}. */
    @Transactional(readOnly = true)
    public long unread(Actor actor) {
        return actor == null ? 0 : reads.countNotices(actor.username(), true, UNREAD_CAP);
    }

    @Transactional
    public void markRead(Actor actor, long signalId) {
        requireStaff(actor);
        if (!reads.markRead(actor.username(), signalId, clock.instant())) {
            throw new NotFoundException("该通知不存在");
        }
    }

    private static void requireStaff(Actor actor) {
        if (actor == null || !actor.isStaff()) {
            throw new NotAllowedException("只有工作人员可以查看监察通知");
        }
    }
}
