package org.opencounty.interaction.web;

import java.util.ArrayList;
import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.common.web.DashboardCard;
import org.opencounty.common.web.DashboardSection;
import org.opencounty.interaction.InteractionPermissions;
import org.opencounty.interaction.RatingFilter;
import org.opencounty.interaction.RatingQueries;
import org.springframework.stereotype.Component;

/**
 * The dashboard's card for 好差评: the 差评 of the person's scope whose 回访 and rectification are still open, the
 * overdue ones first, and for the center's deciders the appeals waiting — where those who act on them look first.
 */
@Component
class RatingDashboard implements DashboardSection {

    private static final RatingFilter OPEN = RatingFilter.parse("", "", "OPEN", "", "");
    private static final RatingFilter OVERDUE = RatingFilter.parse("", "", "OVERDUE", "", "");
    private static final RatingFilter APPEALS = RatingFilter.parse("", "", "APPEAL_PENDING", "", "");

    private final RatingQueries queries;
    private final InteractionPermissions permissions;

    RatingDashboard(RatingQueries queries, InteractionPermissions permissions) {
        this.queries = queries;
        this.permissions = permissions;
    }

    @Override
    public List<DashboardCard> cardsFor(Actor actor) {
        if (actor == null || !actor.isStaff()) {
            return List.of();
        }
        long site = actor.siteId();
        var open = queries.list(actor, site, OPEN, 1, 5);
        long overdue = queries.list(actor, site, OVERDUE, 1, 1).total();
        long appeals = permissions.canDecideAppeal(actor, site) ? queries.list(actor, site, APPEALS, 1, 1).total() : 0;
        if (open.total() == 0 && appeals == 0) {
            return List.of();
        }
        List<DashboardCard.Phrase> summary = new ArrayList<>(List.of(DashboardCard.Phrase.text("待回访整改的差评 "),
                DashboardCard.Phrase.figure(open.total(), "open-follow-ups"), DashboardCard.Phrase.text(" 件，其中已超期 "),
                DashboardCard.Phrase.figure(overdue, "overdue-follow-ups"), DashboardCard.Phrase.text(" 件")));
        if (appeals > 0) {
            summary.add(DashboardCard.Phrase.text("；申诉待复核 "));
            summary.add(DashboardCard.Phrase.figure(appeals, "pending-appeals"));
            summary.add(DashboardCard.Phrase.text(" 件"));
        }
        List<DashboardCard.Entry> entries = open.items().stream()
                .map(line -> new DashboardCard.Entry(line.rating().level().label() + "（第 " + line.rating().id() + " 号）",
                        "/admin/ratings/" + line.rating().id(), line.unitName() + " · " + line.standing().label()))
                .toList();
        return List.of(new DashboardCard(37, "好差评", summary, entries, "进入好差评", "/admin/ratings?state=OPEN"));
    }
}
