package org.opencounty.coordination.web;

import static org.opencounty.common.web.DashboardCard.Phrase.figure;
import static org.opencounty.common.web.DashboardCard.Phrase.text;

import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.common.web.DashboardCard;
import org.opencounty.common.web.DashboardSection;
import org.opencounty.common.web.PageOf;
import org.opencounty.coordination.CircularView;
import org.opencounty.coordination.Circulars;
import org.springframework.stereotype.Component;

/** The dashboard's reminder of circulars the unit has not signed for yet (未签收的通报). */
@Component
class CircularDashboard implements DashboardSection {

    private final Circulars circulars;

    CircularDashboard(Circulars circulars) {
        this.circulars = circulars;
    }

    @Override
    public List<DashboardCard> cardsFor(Actor actor) {
        PageOf<CircularView> unsigned = circulars.unsigned(actor, 8);
        if (unsigned.total() == 0) {
            return List.of();
        }
        return List.of(new DashboardCard(36, "待签收的通报", List.of(text("本单位有 "), figure(unsigned.total(), "circulars-unsigned"),
                        text(" 份通报尚未签收。")),
                unsigned.items().stream().map(view -> new DashboardCard.Entry(view.title(), "/admin/circulars/" + view.circular().id(),
                        view.circular().number())).toList(), "查看通报", "/admin/circulars"));
    }
}
