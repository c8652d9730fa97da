package org.opencounty.units;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencounty.common.Actor;
import org.opencounty.common.ConflictException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.review.ReviewPermissions;
import org.opencounty.review.ReviewState;
import org.opencounty.screening.Finding;
import org.opencounty.screening.ProhibitedTerm;
import org.opencounty.screening.ScreeningRules;
import org.opencounty.screening.ScreeningTerms;
import org.opencounty.screening.Severity;
import org.opencounty.units.UnitEvents.ProfileApprovedByLeader;
import org.opencounty.units.UnitEvents.ProfilePublished;
import org.opencounty.units.UnitEvents.ProfileReturned;
import org.opencounty.units.UnitEvents.ProfileSubmitted;
import org.opencounty.units.internal.UnitRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notice's core rule for a unit's basic information (item 1): the unit submits it, its principal leader approves
 * it first ("审核把关"), and the e-government center approves and publishes it. Either reviewer may return it with a
 * written reason; nobody approves a revision they wrote or submitted. Screening runs on submit and again on
 * publication, so that a term the center added in between still stops it.
 */
@Service
public class ProfileReview {

    private final ProfileSteps steps;
    private final UnitRepository units;
    private final UnitAccess access;
    private final ReviewPermissions permissions;
    private final ScreeningTerms terms;
    private final ApplicationEventPublisher events;

    ProfileReview(ProfileSteps steps, UnitRepository units, UnitAccess access, ReviewPermissions permissions,
                  ScreeningTerms terms, ApplicationEventPublisher events) {
        this.steps = steps;
        this.units = units;
        this.access = access;
        this.permissions = permissions;
        this.terms = terms;
        this.events = events;
    }

    /** Sends the working revision to the unit's leader. */
    @Transactional
    public Unit submit(Actor actor, long siteId, String code) {
        Unit unit = steps.load(siteId, code);
        if (!access.canEditProfile(actor, unit)) {
            steps.recordRefusal(actor, unit, "submit", "");
            throw new NotAllowedException("只有本单位的信息员或领导可以报送该单位信息");
        }
        permissions.requireSubmittable(ProfileSteps.subject(unit), unit.workingProfileRevisionId());
        ProfileRevision revision = steps.working(unit);
        screen(actor, unit, revision, "submit");
        ReviewState before = unit.profileState();
        revision.markSubmitted(actor.username());
        unit.profileReview().submit();
        steps.save(unit);
        steps.record(unit, revision.id(), actor, "submit", before, "");
        events.publishEvent(new ProfileSubmitted(siteId, code, actor.username()));
        return unit;
    }

    /** Approves the revision at the step it stands at: the unit's leader first, then the center, which publishes it. */
    @Transactional
    public Unit approve(Actor actor, long siteId, String code) {
        Unit unit = steps.load(siteId, code);
        ReviewState before = unit.profileState();
        ProfileRevision revision = steps.workingOrNull(unit);
        permissions.requireApprover(actor, ProfileSteps.subject(unit), steps.contributors(revision), steps.approvers(revision));
        if (before == ReviewState.PENDING_LEADER) {
            unit.profileReview().approveByLeader();
            steps.save(unit);
            events.publishEvent(new ProfileApprovedByLeader(siteId, code, actor.username()));
        } else {
            screen(actor, unit, revision, "publish");
            steps.publish(unit, revision);
            events.publishEvent(new ProfilePublished(siteId, code, actor.username()));
        }
        steps.record(unit, revision.id(), actor, "approve", before, "");
        return unit;
    }

    /** The center's approval by name: refused unless the revision waits for the center. */
    @Transactional
    public Unit publish(Actor actor, long siteId, String code) {
        Unit unit = steps.load(siteId, code);
        if (!permissions.canReviewAsCenter(actor, unit.siteId())) {
            steps.recordRefusal(actor, unit, "publish", unit.profileState().name());
            throw new NotAllowedException("只有电子政务中心审核员可以发布单位信息");
        }
        if (unit.profileState() != ReviewState.PENDING_CENTER) {
            throw new ConflictException("INVALID_STATE", "该单位信息当前状态为“" + unit.profileState().label() + "”，不能发布");
        }
        return approve(actor, siteId, code);
    }

    /** Sends the revision back to the unit with a written reason; the live profile stays as it is. */
    @Transactional
    public Unit returnForChanges(Actor actor, long siteId, String code, String reason) {
        Unit unit = steps.load(siteId, code);
        ReviewState before = unit.profileState();
        String why = permissions.requireReturn(actor, ProfileSteps.subject(unit), reason);
        unit.profileReview().returnForChanges();
        steps.save(unit);
        steps.record(unit, unit.workingProfileRevisionId(), actor, "return", before, why);
        events.publishEvent(new ProfileReturned(siteId, code, actor.username(), why));
        return unit;
    }

    /**
     * Blocking findings in the public fields stop the revision. The profile's own phone and e-mail are published
     * contacts by definition, and so are every unit's; the registered contacts never reach the portal and are not
     * screened.
     */
    private void screen(Actor actor, Unit unit, ProfileRevision revision, String action) {
        UnitProfile profile = revision.profile();
        Set<String> published = new HashSet<>();
        for (Unit other : units.findBySiteIdOrderBySortOrderAscIdAsc(unit.siteId())) {
            published.add(other.phone());
            published.add(other.email());
        }
        published.add(profile.phone());
        published.add(profile.email());
        published.remove("");
        List<ProhibitedTerm> prohibited = terms.forScreening(unit.siteId());
        List<ProfileScreeningException.Flag> blocking = new ArrayList<>();
        for (ProfileField field : ProfileField.values()) {
            for (Finding finding : ScreeningRules.screen(field.of(profile), prohibited, published)) {
                if (finding.severity() == Severity.BLOCK) {
                    blocking.add(new ProfileScreeningException.Flag(field.key(), finding.rule(), finding.text(),
                            finding.position(), finding.message()));
                }
            }
        }
        if (!blocking.isEmpty()) {
            steps.recordRefusal(actor, unit, action, blocking.stream()
                    .map(flag -> flag.rule() + "“" + flag.text() + "”").collect(Collectors.joining("、")));
            throw new ProfileScreeningException(blocking);
        }
    }
}
