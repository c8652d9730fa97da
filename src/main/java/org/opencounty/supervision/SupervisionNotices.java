package org.opencounty.supervision;

import java.time.Clock;
import java.util.List;
import org.opencounty.common.web.PageOf;
import org.opencounty.common.Actor;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.Role;
import org.opencounty.supervision.internal.NoticeReads;
import org.opencounty.units.UnitAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's back-office notices of signals (docs/supervision.md): a supervisor is told of every signal of the
 * site, a unit leader of every signal of the unit, anybody else of the signals naming them as the case's handler. The
 * notices are the signals seen through that scope, so a signal reaches everybody it concerns the moment it is
 * issued, including a leader appointed after it. Reading a notice is not audited: it changes nobody's rights or
 * records, and the signal itself is acknowledged (and audited) separately.
 */
@Service
public class SupervisionNotices {

    /** The unread count shown beside the link stops here ("999+"); counting further is of no use to anybody. */
    public static final long UNREAD_CAP = 1000;

    private final NoticeReads reads;
    private final UnitAccess unitAccess;
    private final Clock clock;

    SupervisionNotices(NoticeReads reads, UnitAccess unitAccess, Clock clock) {
        this.reads = reads;
        this.unitAccess = unitAccess;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageOf<Notice> mine(Actor actor, boolean unreadOnly, int page) {
        NoticeReads.Reader reader = reader(actor);
        int number = PageOf.clampPage(page);
        long total = reads.count(reader, unreadOnly, Long.MAX_VALUE);
        return new PageOf<>(total, number, SupervisionBoard.PAGE_SIZE,
                reads.page(reader, unreadOnly, SupervisionBoard.PAGE_SIZE, (long) (number - 1) * SupervisionBoard.PAGE_SIZE));
    }

    /** How many of the actor's notices are unread, up to {@link #UNREAD_CAP}; none for citizens and visitors. */
    @Transactional(readOnly = true)
    public long unread(Actor actor) {
        return actor == null || !actor.isStaff() ? 0 : reads.count(reader(actor), true, UNREAD_CAP);
    }

    @Transactional
    public void markRead(Actor actor, long signalId) {
        if (!reads.markRead(reader(actor), signalId, clock.instant())) {
            throw new NotFoundException("该通知不存在");
        }
    }

    /** The id of the actor's newest notice (0 when none): the page's "mark all read" marks up to it. */
    @Transactional(readOnly = true)
    public long newest(Actor actor) {
        return reads.newest(reader(actor));
    }

    /**
     * Marks the actor's notices up to signal {@code through} read (all of them when null), however many. A page
     * passes the newest it showed, so that a signal the next sweep issued meanwhile stays unread.
     */
    @Transactional
    public void markAllRead(Actor actor, Long through) {
        NoticeReads.Reader reader = reader(actor);
        long newest = reads.newest(reader);
        reads.markAllRead(reader, through == null ? newest : Math.min(through, newest), clock.instant());
    }

    private NoticeReads.Reader reader(Actor actor) {
        if (actor == null || !actor.isStaff()) {
            throw new NotAllowedException("只有工作人员可以查看监察通知");
        }
        if (actor.has(Role.SUPERVISOR)) {
            return new NoticeReads.Reader(actor.username(), actor.siteId(), null, false);
        }
        if (actor.has(Role.UNIT_LEADER)) {
            return new NoticeReads.Reader(actor.username(), actor.siteId(), List.of(actor.unitId()), false);
        }
        // A handler may handle the cases of the units below their own (CasePermissions), and is told of those too.
        return new NoticeReads.Reader(actor.username(), actor.siteId(), unitAccess.subtree(actor.siteId(), actor.unitId()), true);
    }
}
