package org.opencounty.applications;

import org.opencounty.common.Actor;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.Role;
import org.opencounty.units.UnitAccess;
import org.opencounty.units.Units;
import org.springframework.stereotype.Component;

/**
 * Citizens see only their own applications; the unit's case handlers process them, its leader decides and
 * approves extensions; supervisors and the center see every case of their site.
 */
@Component
public class CasePermissions {

    private final Units units;
    private final UnitAccess unitAccess;

    CasePermissions(Units units, UnitAccess unitAccess) {
        this.units = units;
        this.unitAccess = unitAccess;
    }

    public boolean isApplicant(Actor actor, Application application) {
        return actor != null && application.applicantAccountId() != null && application.applicantAccountId() == actor.accountId();
    }

    public boolean canHandle(Actor actor, Application application) {
        return unitStaff(actor, application, Role.CASE_HANDLER);
    }

    public boolean canDecide(Actor actor, Application application) {
        return unitStaff(actor, application, Role.UNIT_LEADER);
    }

    /** A draft (never submitted, even if withdrawn since) is the applicant's alone: the unit sees what was submitted. */
    public boolean canView(Actor actor, Application application) {
        return isApplicant(actor, application) || (application.submittedOn() != null && canSeeSignals(actor, application));
    }

    /**
     * Supervision signals are the government's internal record of how a case was handled, not part of the
     * applicant's file: the staff who may see the case read them, the applicant does not.
     */
    public boolean canSeeSignals(Actor actor, Application application) {
        return canHandle(actor, application) || canDecide(actor, application)
                || (actor != null && actor.siteId() == application.siteId() && actor.isCenterWide());
    }

    void requireApplicant(Actor actor, Application application) {
        if (!isApplicant(actor, application)) {
            throw new NotAllowedException("只能办理自己的申请");
        }
    }

    void requireHandler(Actor actor, Application application) {
        if (!canHandle(actor, application)) {
            throw new NotAllowedException("只有本单位的经办人可以办理该申请");
        }
    }

    void requireLeader(Actor actor, Application application) {
        if (!canDecide(actor, application)) {
            throw new NotAllowedException("只有本单位的主要领导可以作出决定或批准延期");
        }
    }

    private boolean unitStaff(Actor actor, Application application, Role role) {
        return actor != null && actor.has(role) && actor.siteId() == application.siteId()
                && units.byId(application.unitId()).map(unit -> unitAccess.isWithin(unit, actor.unitId())).orElse(false);
    }
}
