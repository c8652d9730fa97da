package org.opencounty.content;

import java.util.Objects;
import org.opencounty.common.Actor;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.Role;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitAccess;
import org.opencounty.units.Units;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the review chain: the unit's information officer writes and submits; the unit's
 * principal leader (or a leader of a parent unit) approves or returns; the center's editors approve,
 * publish or return; the center or the unit's leader withdraws. Nobody approves their own revision.
 */
@Component
public class ArticlePermissions {

    private final Units units;
    private final UnitAccess unitAccess;

    ArticlePermissions(Units units, UnitAccess unitAccess) {
        this.units = units;
        this.unitAccess = unitAccess;
    }

    public boolean canView(Actor actor, Article article) {
        return actor != null && sameSite(actor, article)
                && (actor.isCenterWide() || (actor.isStaff() && unitAccess.isWithin(unitOf(article), actor.unitId())));
    }

    public boolean canWrite(Actor actor, Article article) {
        return actor != null && actor.has(Role.INFO_OFFICER) && sameSite(actor, article)
                && Objects.equals(actor.unitId(), article.unitId());
    }

    public boolean canReviewAsLeader(Actor actor, Article article) {
        return actor != null && actor.has(Role.UNIT_LEADER) && sameSite(actor, article)
                && unitAccess.isWithin(unitOf(article), actor.unitId());
    }

    public boolean canReviewAsCenter(Actor actor, Article article) {
        return actor != null && actor.has(Role.CENTER_EDITOR) && sameSite(actor, article);
    }

    public boolean canWithdraw(Actor actor, Article article) {
        return canReviewAsCenter(actor, article) || canReviewAsLeader(actor, article);
    }

    void requireView(Actor actor, Article article) {
        if (!canView(actor, article)) {
            throw new NotAllowedException("您无权查看该信息");
        }
    }

    void requireWrite(Actor actor, Article article) {
        if (!canWrite(actor, article)) {
            throw new NotAllowedException("只有本单位的信息员可以编辑和报送该信息");
        }
    }

    /** The actor may not approve a revision they wrote or submitted (审核把关 needs a second person). */
    void requireNotOwnWork(Actor actor, ArticleRevision revision) {
        if (revision.isOwnWork(actor.username())) {
            throw new SelfApprovalException();
        }
    }

    private Unit unitOf(Article article) {
        return units.byId(article.unitId()).orElseThrow();
    }

    private static boolean sameSite(Actor actor, Article article) {
        return actor.siteId() == article.siteId();
    }

    /** Refused because the reviewer wrote or submitted the revision. */
    public static class SelfApprovalException extends NotAllowedException {
        SelfApprovalException() {
            super("SELF_APPROVAL", "不能审核自己撰写或报送的信息");
        }
    }
}
