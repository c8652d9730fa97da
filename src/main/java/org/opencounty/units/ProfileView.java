package org.opencounty.units;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.opencounty.review.ReviewEvent;
import org.opencounty.review.ReviewState;

/**
 * A unit's profile as its staff and reviewers see it: the live profile (on the portal), the revision being written or
 * reviewed, where that revision stands, and the history.
 */
public record ProfileView(Unit unit, UnitProfile live, ProfileRevision working, List<ReviewEvent> history) {

    public ReviewState state() {
        return unit.profileState();
    }

    /** What the unit is working on, else what is live. */
    public UnitProfile current() {
        return working != null ? working.profile() : live;
    }

    /** The portal keeps showing the published profile while a revision is written or reviewed. */
    public boolean liveStaysUpMeanwhile() {
        return working != null && unit.liveProfileRevisionId() != null;
    }

    /** The revision beside the live profile, field by field; empty when nothing is being written or reviewed. */
    public List<ProfileChange> changes() {
        if (working == null) {
            return List.of();
        }
        UnitProfile revised = working.profile();
        List<ProfileChange> changes = new ArrayList<>();
        for (ProfileField field : ProfileField.values()) {
            changes.add(new ProfileChange(field.key(), field.label(), field.of(live), field.of(revised)));
        }
        changes.add(new ProfileChange("contacts", "报备联系人", lines(live.contacts()), lines(revised.contacts())));
        return changes;
    }

    private static String lines(List<Contact> contacts) {
        return contacts.stream()
                .map(c -> String.join(" ", c.role() == null ? "" : c.role().label(), c.name(), c.post(), c.phone(), c.email()).strip())
                .collect(Collectors.joining("\n"));
    }
}
