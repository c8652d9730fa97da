package org.opencounty.backoffice;

import java.util.Comparator;
import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.units.Units;
import org.opencounty.common.web.DashboardCard;
import org.opencounty.common.web.DashboardSection;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard (工作台): the cards of every module's {@link DashboardSection}, in their order. */
@Controller
class AdminHomeController {

    private final Units units;
    private final List<DashboardSection> sections;

    AdminHomeController(Units units, List<DashboardSection> sections) {
        this.units = units;
        this.sections = sections;
    }

    @GetMapping("/admin")
    String home(Actor actor, Model model) {
        model.addAttribute("myUnit", units.byId(actor.unitId()).orElseThrow());
        model.addAttribute("cards", sections.stream().flatMap(section -> section.cardsFor(actor).stream())
                .sorted(Comparator.comparingInt(DashboardCard::order)).toList());
        return "backoffice/home";
    }
}
