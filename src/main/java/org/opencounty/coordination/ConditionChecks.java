package org.opencounty.coordination;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencounty.catalogue.Completeness;
import org.opencounty.catalogue.PublishedCatalogue;
import org.opencounty.catalogue.PublishedEntry;
import org.opencounty.catalogue.ServiceItemContent;
import org.opencounty.coordination.internal.FactReads;
import org.opencounty.units.Unit;
import org.opencounty.units.Units;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Whether a task's condition holds for a unit, and since when: the moment the fact became true where the platform
 * keeps it (the profile's first publication, the N-th article's publication, the last guide's publication, the
 * extranet connection), else the moment the check first saw it (contacts: the platform keeps the live list, not
 * when each was added). The sweep asks every ten minutes, and issuing asks at once.
 */
@Component
public class ConditionChecks {

    private final Units units;
    private final PublishedCatalogue catalogue;
    private final FactReads facts;
    private final ObjectProvider<ExtranetConnections> extranet;
    private final Clock clock;

    ConditionChecks(Units units, PublishedCatalogue catalogue, FactReads facts, ObjectProvider<ExtranetConnections> extranet,
                    Clock clock) {
        this.units = units;
        this.catalogue = catalogue;
        this.facts = facts;
        this.extranet = extranet;
        this.clock = clock;
    }

    /** Whether the platform can check the condition at all (the extranet registry may not be installed). */
    public boolean checkable(ConditionKind kind) {
        return kind != ConditionKind.EXTRANET_CONNECTED || extranet.getIfAvailable() != null;
    }

    /** Since when the task's condition holds for the unit; empty while it does not. */
    public Optional<Instant> metSince(Task task, Unit unit) {
        TaskCondition condition = task.condition();
        return switch (condition.kind()) {
            case PROFILE_PUBLISHED -> Optional.ofNullable(unit.profilePublishedAt());
            case CONTACTS -> units.contactsOf(unit).stream().filter(contact -> contact.role() == condition.role()).count() >= condition.count()
                    ? Optional.of(clock.instant()) : Optional.empty();
            case GUIDES_COMPLETE -> guidesComplete(unit);
            case ARTICLES -> facts.nthArticleSince(unit.id(), condition.column().code(), task.issuedAt(), condition.count());
            case EXTRANET_CONNECTED -> Optional.ofNullable(extranet.getIfAvailable())
                    .flatMap(connections -> connections.connectedSince(unit.id()));
        };
    }

    /** Every live guide of the unit has the ten elements; a unit with none has nothing complete. */
    private Optional<Instant> guidesComplete(Unit unit) {
        List<PublishedEntry> items = catalogue.items(unit.siteId(), new PublishedCatalogue.Filter(unit.code(), null, null, null, null))
                .stream().filter(entry -> unit.id().equals(entry.unitId())).toList();
        if (items.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, ServiceItemContent> contents = catalogue.liveItems(unit.siteId(), items.stream().map(PublishedEntry::entryId).toList());
        boolean complete = items.stream().allMatch(entry -> contents.containsKey(entry.entryId())
                && Completeness.of(contents.get(entry.entryId())).complete());
        return complete ? items.stream().map(PublishedEntry::publishedAt).max(Instant::compareTo) : Optional.empty();
    }
}
