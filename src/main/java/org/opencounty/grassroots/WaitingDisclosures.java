package org.opencounty.grassroots;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.opencounty.common.Actor;
import org.opencounty.common.Role;
import org.opencounty.grassroots.internal.PartyDisclosureRepository;
import org.opencounty.grassroots.internal.VillageDisclosureRepository;
import org.opencounty.review.ReviewPermissions;
import org.opencounty.review.ReviewState;
import org.opencounty.units.Unit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The village and party disclosures that wait for the reader's step, for the dashboard: the database is asked only for
 * those at a step the reader's roles and units take (a superset), and the steps are then worked out exactly as the
 * items' pages work them out, on what this one transaction has read — the site's units, the candidates and their texts,
 * each in one statement — rather than reading every item the reader sees and asking for its steps one by one.
 */
@Service
@Transactional(readOnly = true)
public class WaitingDisclosures {

    private static final List<ReviewState> EDITABLE = List.of(ReviewState.DRAFT, ReviewState.RETURNED);

    private final VillageDisclosureRepository villageRows;
    private final PartyDisclosureRepository partyRows;
    private final VillageQueries villages;
    private final VillageDisclosures villageSteps;
    private final VillageDisclosureKind villageKind;
    private final PartyQueries party;
    private final PartyDisclosures partySteps;
    private final PartyDisclosureKind partyKind;
    private final ReviewPermissions permissions;

    WaitingDisclosures(VillageDisclosureRepository villageRows, PartyDisclosureRepository partyRows, VillageQueries villages,
                       VillageDisclosures villageSteps, VillageDisclosureKind villageKind, PartyQueries party, PartyDisclosures partySteps,
                       PartyDisclosureKind partyKind, ReviewPermissions permissions) {
        this.villageRows = villageRows;
        this.partyRows = partyRows;
        this.villages = villages;
        this.villageSteps = villageSteps;
        this.villageKind = villageKind;
        this.party = party;
        this.partySteps = partySteps;
        this.partyKind = partyKind;
        this.permissions = permissions;
    }

    /**
     * The village disclosures the actor works on that are not published and on which they have a step other than
     * returning it (writing, the monitor's check, approving, withdrawing the live text), newest first.
     */
    public List<VillageView> villageItems(Actor actor) {
        long site = actor.siteId();
        List<Long> scope = villages.workScope(actor, site, null);
        if (scope.isEmpty()) {
            return List.of();
        }
        List<Long> leader = scope.stream().filter(id -> permissions.canReviewAsLeader(actor, site, id)).toList();
        List<Long> center = scope.stream().filter(id -> permissions.canReviewAsCenter(actor, site, id)).toList();
        long writer = actor.has(Role.INFO_OFFICER) ? actor.unitId() : -1L;
        long monitor = actor.has(Role.VILLAGE_MONITOR) ? actor.unitId() : -1L;
        List<VillageDisclosure> found = villageRows.waiting(scope, writer, monitor, orNone(leader), orNone(center),
                ReviewState.PUBLISHED, EDITABLE, ReviewState.PENDING_LEADER, ReviewState.PENDING_CENTER);
        villageKind.load(found.stream().map(d -> d.workingRevisionId() != null ? d.workingRevisionId() : d.liveRevisionId())
                .filter(Objects::nonNull).toList());
        return found.stream().filter(d -> villageSteps.steps(actor, site, d.id()).stream().anyMatch(s -> !s.equals("return")))
                .map(d -> villages.view(d, d.workingRevisionId() != null ? d.workingRevisionId() : d.liveRevisionId())).toList();
    }

    /**
     * The party items of organisations whose work the actor sees, or that they may read, that are not published and
     * wait for them to submit or approve them, newest first.
     */
    public List<PartyView> partyItems(Actor actor) {
        long site = actor.siteId();
        List<Long> organisations = party.organisations(site).stream().map(Unit::id).toList();
        List<Long> leader = organisations.stream().filter(id -> permissions.canReviewAsLeader(actor, site, id)).toList();
        List<Long> center = organisations.stream().filter(id -> permissions.canReviewAsCenter(actor, site, id)).toList();
        long writer = actor.has(Role.INFO_OFFICER) && actor.unitId() != null ? actor.unitId() : -1L;
        if (organisations.isEmpty() || leader.isEmpty() && center.isEmpty() && !organisations.contains(writer)) {
            return List.of();
        }
        List<PartyDisclosure> found = partyRows.waiting(organisations, writer, orNone(leader), orNone(center), EDITABLE,
                ReviewState.PENDING_LEADER, ReviewState.PENDING_CENTER);
        partyKind.load(found.stream().flatMap(d -> Stream.of(d.workingRevisionId(), d.liveRevisionId()))
                .filter(Objects::nonNull).toList());
        return found.stream()
                .filter(d -> partySteps.steps(actor, site, d.id()).stream().anyMatch(s -> !s.equals("return")))
                .map(d -> {
                    // As the reader's list shows it: the working text to those who see the organisation's work.
                    if (party.seesWork(actor, site, d.unitId())) {
                        Long shown = d.workingRevisionId() != null ? d.workingRevisionId() : d.liveRevisionId();
                        return shown == null ? null : party.view(d, shown, null);
                    }
                    return party.mayRead(actor, d) ? party.view(d, d.liveRevisionId(), null) : null;
                })
                .filter(Objects::nonNull).toList();
    }

    private static List<Long> orNone(List<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }
}
