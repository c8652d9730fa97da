package org.opencounty.grassroots.web;

import java.util.ArrayList;
import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.common.Role;
import org.opencounty.common.web.DashboardCard;
import org.opencounty.common.web.DashboardSection;
import org.opencounty.grassroots.CommunityNotices;
import org.opencounty.grassroots.VillageQueries;
import org.opencounty.grassroots.WaitingDisclosures;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitKind;
import org.springframework.stereotype.Component;

/**
 * The dashboard's card for grassroots disclosure: what waits for the person's step (the monitor's check, the
 * director's or secretary's approval, the township's publication), and for a township's reviewer and the center the
 * villages late by law — the lateness signal where those who act on it look first.
 */
@Component
class GrassrootsDashboard implements DashboardSection {

    private final VillageQueries villages;
    private final WaitingDisclosures waitingDisclosures;
    private final CommunityNotices notices;

    GrassrootsDashboard(VillageQueries villages, WaitingDisclosures waitingDisclosures, CommunityNotices notices) {
        this.villages = villages;
        this.waitingDisclosures = waitingDisclosures;
        this.notices = notices;
    }

    @Override
    public List<DashboardCard> cardsFor(Actor actor) {
        if (actor == null || !actor.isStaff()) {
            return List.of();
        }
        long site = actor.siteId();
        List<DashboardCard.Entry> waiting = new ArrayList<>();
        waitingDisclosures.villageItems(actor)
                .forEach(v -> waiting.add(new DashboardCard.Entry(v.title(), "/admin/village-disclosures/" + v.id(), v.stateLabel())));
        waitingDisclosures.partyItems(actor)
                .forEach(p -> waiting.add(new DashboardCard.Entry(p.title(), "/admin/party-disclosures/" + p.id(), p.stateLabel())));
        notices.waitingFor(actor)
                .forEach(n -> waiting.add(new DashboardCard.Entry(n.title(), "/admin/community-notices/" + n.id(), n.stateLabel())));
        List<DashboardCard.Phrase> summary = new ArrayList<>();
        if (actor.isCenterWide() || actor.has(Role.TOWNSHIP_REVIEWER)) {
            List<Unit> watched = villages.byTownship(site, UnitKind.VILLAGE).entrySet().stream()
                    .filter(e -> actor.isCenterWide() || e.getKey().id().equals(actor.unitId()))
                    .flatMap(e -> e.getValue().stream()).toList();
            long late = villages.lateAmong(watched);
            summary.add(DashboardCard.Phrase.text("逾期未按规定公开的行政村 "));
            summary.add(DashboardCard.Phrase.figure(late, "late-villages"));
            summary.add(DashboardCard.Phrase.text(" 个（共 " + watched.size() + " 个）"));
        }
        if (waiting.isEmpty() && summary.isEmpty()) {
            return List.of();
        }
        return List.of(new DashboardCard(25, "村务、党务公开", summary, waiting, "进入村务、党务公开", "/admin/grassroots"));
    }
}
