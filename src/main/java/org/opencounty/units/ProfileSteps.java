package org.opencounty.units;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.NotFoundException;
import org.opencounty.review.ReviewState;
import org.opencounty.review.ReviewSubject;
import org.opencounty.units.internal.ProfileHistory;
import org.opencounty.units.internal.ProfileRevisionRepository;
import org.opencounty.units.internal.UnitContactRepository;
import org.opencounty.units.internal.UnitRepository;
import org.springframework.stereotype.Component;

/**
 * What writing and reviewing a profile do the same way: find the unit and its working revision, put a step on record
 * (the profile's history and the audit log), and show a published revision on the unit.
 */
@Component
class ProfileSteps {

    private final UnitRepository units;
    private final UnitContactRepository contacts;
    private final ProfileRevisionRepository revisions;
    private final ProfileHistory history;
    private final AuditLog audit;
    private final Clock clock;

    ProfileSteps(UnitRepository units, UnitContactRepository contacts, ProfileRevisionRepository revisions,
                 ProfileHistory history, AuditLog audit, Clock clock) {
        this.units = units;
        this.contacts = contacts;
        this.revisions = revisions;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    Unit load(long siteId, String code) {
        return units.findBySiteIdAndCode(siteId, code).orElseThrow(() -> new NotFoundException("单位不存在：" + code));
    }

    ProfileRevision working(Unit unit) {
        return revisions.findById(unit.workingProfileRevisionId()).orElseThrow();
    }

    ProfileRevision workingOrNull(Unit unit) {
        return unit.workingProfileRevisionId() == null ? null : working(unit);
    }

    /** Writes the edit into the working revision, or starts a new one while the live profile stays up. */
    /** Who wrote or submitted the revision (null: none), none of whom may approve it. */
    Set<String> contributors(ProfileRevision revision) {
        return history.contributors(revision == null ? null : revision.id());
    }

    /** Who approved the revision at the earlier step since its submission, who may not approve the next. */
    Set<String> approvers(ProfileRevision revision) {
        return history.approvers(revision == null ? null : revision.id());
    }

    ProfileRevision write(Unit unit, UnitProfile profile, String author) {
        if (unit.needsNewProfileRevision()) {
            int number = revisions.findFirstByUnitIdOrderByNumberDesc(unit.id()).map(r -> r.number() + 1).orElse(1);
            ProfileRevision revision = revisions.save(new ProfileRevision(unit.id(), number, profile, author));
            unit.profileReview().startWorkingOn(revision.id());
            return revision;
        }
        ProfileRevision revision = working(unit);
        revision.rewrite(profile, author);
        unit.profileReview();
        return revisions.save(revision);
    }

    Unit save(Unit unit) {
        return units.saveAndFlush(unit);
    }

    /** The center's approval: the revision goes live at once (profiles are never scheduled). */
    void publish(Unit unit, ProfileRevision revision) {
        unit.profileReview().approveByCenter(clock.instant(), null);
        show(unit, revision);
    }

    /** The live revision onto the unit: what the portal shows, and the registered contacts the center keeps. */
    void show(Unit unit, ProfileRevision live) {
        UnitProfile profile = live.profile();
        unit.applyProfile(profile);
        units.saveAndFlush(unit);
        contacts.deleteByUnitId(unit.id());
        List<UnitContact> rows = new ArrayList<>();
        for (int i = 0; i < profile.contacts().size(); i++) {
            rows.add(new UnitContact(unit.id(), profile.contacts().get(i), i));
        }
        contacts.saveAll(rows);
    }

    /** Brings in a profile published before the platform (the old site, demo data) as the unit's first, live revision. */
    void importPublished(Unit unit, UnitProfile profile, String by) {
        ProfileRevision revision = revisions.save(new ProfileRevision(unit.id(), 1, profile, by));
        unit.profileReview().importAsPublished(revision.id(), clock.instant());
        show(unit, revision);
        history.record(unit.id(), revision.id(), clock.instant(), by, "import", null, ReviewState.PUBLISHED, "");
    }

    void record(Unit unit, Long revisionId, Actor actor, String action, ReviewState before, String reason) {
        history.record(unit.id(), revisionId, clock.instant(), actor.username(), action, before, unit.profileState(), reason);
        audit.record(actor.username(), actor.unitCode() == null ? "" : actor.unitCode(), "unit.profile." + action,
                "unit:" + unit.code(), AuditResult.SUCCESS, before + " -> " + unit.profileState() + (reason.isEmpty() ? "" : " " + reason));
    }

    void recordRefusal(Actor actor, Unit unit, String action, String details) {
        audit.recordIndependently(actor.username(), actor.unitCode() == null ? "" : actor.unitCode(), "unit.profile." + action,
                "unit:" + unit.code(), AuditResult.DENIED, details);
    }

    static ReviewSubject subject(Unit unit) {
        return new ReviewSubject("unit.profile", "unit:" + unit.code(), "该单位信息", unit.siteId(), unit.id(), unit.profileState());
    }
}
