package org.opencounty.units.web;

import static org.opencounty.common.web.DashboardCard.Phrase.text;

import java.util.ArrayList;
import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.units.ProfileQueries;
import org.opencounty.units.ProfileView;
import org.opencounty.units.Units;
import org.opencounty.common.web.DashboardCard;
import org.opencounty.common.web.DashboardSection;
import org.springframework.stereotype.Component;

/** The dashboard's cards for units: profiles waiting for the person's review, and the units they maintain. */
@Component
class UnitDashboard implements DashboardSection {

    private final Units units;
    private final ProfileQueries profiles;

    UnitDashboard(Units units, ProfileQueries profiles) {
        this.units = units;
        this.profiles = profiles;
    }

    @Override
    public List<DashboardCard> cardsFor(Actor actor) {
        List<DashboardCard> cards = new ArrayList<>();
        List<ProfileView> waiting = profiles.waitingFor(actor);
        if (!waiting.isEmpty()) {
            cards.add(new DashboardCard(30, "待我审核的单位信息", List.of(),
                    waiting.stream().map(profile -> new DashboardCard.Entry(profile.unit().name(), "/admin/units/" + profile.unit().code(),
                            profile.state().label())).toList(),
                    null, null));
        }
        cards.add(new DashboardCard(50, "单位信息",
                List.of(text("您可以维护 " + units.editableBy(actor).size() + " 个单位的机构设置、职责和联系方式。")),
                List.of(), "维护单位信息", "/admin/units"));
        return cards;
    }
}
