package org.opencounty.units;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.opencounty.common.Actor;
import org.opencounty.common.NotFoundException;
import org.opencounty.review.ReviewPermissions;
import org.opencounty.review.ScreenedField;
import org.opencounty.review.SubmissionKind;
import org.opencounty.review.SubmissionWorkflow;
import org.opencounty.units.internal.ProfileRevisionRepository;
import org.opencounty.units.internal.UnitContactRepository;
import org.opencounty.units.internal.UnitRepository;
import org.springframework.stereotype.Component;

/**
 * Unit profiles as a kind of submission: screening reads the public fields (registered contacts never reach the portal
 * and are not screened); a profile exists to publish its phone and mailbox, so only blocking findings stop it; it is
 * never scheduled or withdrawn; publishing copies the revision onto the unit, which is what the portal shows.
 */
@Component
class ProfileKind implements SubmissionKind<Unit> {

    private static final Names NAMES = new Names("unit.profile", "该单位信息", "unit_profile_revision");

    private final UnitRepository units;
    private final UnitContactRepository contacts;
    private final ProfileRevisionRepository revisions;
    private final UnitAccess access;
    private final SubmissionWorkflow workflow;
    private final Clock clock;

    ProfileKind(UnitRepository units, UnitContactRepository contacts, ProfileRevisionRepository revisions, UnitAccess access,
                SubmissionWorkflow workflow, Clock clock) {
        this.units = units;
        this.contacts = contacts;
        this.revisions = revisions;
        this.access = access;
        this.workflow = workflow;
        this.clock = clock;
    }

    @Override
    public Names names() {
        return NAMES;
    }

    @Override
    public boolean mayWrite(Actor actor, Unit unit, ReviewPermissions permissions) {
        return access.canEditProfile(actor, unit);
    }

    @Override
    public List<ScreenedField> screenedFields(Unit unit, long revisionId) {
        UnitProfile profile = revision(revisionId).profile();
        return Stream.of(ProfileField.values()).map(field -> new ScreenedField(field.key(), field.of(profile))).toList();
    }

    /** Every unit's published phone and mailbox, and the profile's own, which are published contacts by definition. */
    @Override
    public Set<String> publishedContacts(Unit unit, long revisionId) {
        UnitProfile profile = revision(revisionId).profile();
        Set<String> published = new HashSet<>(Unit.publishedContacts(units.findBySiteIdOrderBySortOrderAscIdAsc(unit.siteId())));
        Stream.of(profile.phone(), profile.email()).filter(c -> c != null && !c.isBlank()).forEach(published::add);
        return published;
    }

    /** The live revision onto the unit: what the portal shows, and the registered contacts the center keeps. */
    @Override
    public void show(Unit unit) {
        UnitProfile profile = revision(unit.liveProfileRevisionId()).profile();
        unit.applyProfile(profile, clock.instant());
        units.saveAndFlush(unit);
        contacts.deleteByUnitId(unit.id());
        List<UnitContact> rows = new ArrayList<>();
        for (int i = 0; i < profile.contacts().size(); i++) {
            rows.add(new UnitContact(unit.id(), profile.contacts().get(i), i));
        }
        contacts.saveAll(rows);
    }

    Unit load(long siteId, String code) {
        return units.findBySiteIdAndCode(siteId, code).orElseThrow(() -> new NotFoundException("单位不存在：" + code));
    }

    ProfileRevision workingOrNull(Unit unit) {
        return unit.workingProfileRevisionId() == null ? null : revision(unit.workingProfileRevisionId());
    }

    /** Writes the edit into the working revision, or a new one while the live profile stays up; returns its id. */
    long write(Unit unit, UnitProfile profile, String author) {
        if (unit.needsNewProfileRevision()) {
            int number = revisions.findFirstByUnitIdOrderByNumberDesc(unit.id()).map(r -> r.number() + 1).orElse(1);
            return revisions.save(new ProfileRevision(unit.id(), number, profile, author, clock.instant())).id();
        }
        ProfileRevision revision = revision(unit.workingProfileRevisionId());
        revision.rewrite(profile, author, clock.instant());
        return revisions.save(revision).id();
    }

    /** Brings in a profile published before the platform (the old site, demo data) as the unit's first, live revision. */
    void importPublished(Unit unit, UnitProfile profile, String by) {
        ProfileRevision revision = revisions.save(new ProfileRevision(unit.id(), 1, profile, by, clock.instant()));
        workflow.importedAsPublished(by, this, unit, revision.id(), clock.instant(), "");
    }

    @Override
    public ProfileRevision revision(long id) {
        return revisions.findById(id).orElseThrow();
    }
}
