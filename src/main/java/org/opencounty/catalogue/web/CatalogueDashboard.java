package org.opencounty.catalogue.web;

import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.catalogue.CatalogueQueries;
import org.opencounty.catalogue.EntryView;
import org.opencounty.common.web.DashboardCard;
import org.opencounty.common.web.DashboardSection;
import org.springframework.stereotype.Component;

/** The dashboard's card for guides and fees waiting for the person's review, shown only when there are some. */
@Component
class CatalogueDashboard implements DashboardSection {

    private final CatalogueQueries catalogue;

    CatalogueDashboard(CatalogueQueries catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public List<DashboardCard> cardsFor(Actor actor) {
        List<EntryView> waiting = catalogue.waitingFor(actor);
        if (waiting.isEmpty()) {
            return List.of();
        }
        return List.of(new DashboardCard(20, "待我审核的办事指南和收费", List.of(),
                waiting.stream().map(entry -> new DashboardCard.Entry(entry.item() != null ? entry.item().name() : entry.fee().name(),
                        "/admin/catalogue/entries/" + entry.entry().id(), entry.unitName())).toList(),
                null, null));
    }
}
