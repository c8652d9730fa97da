package org.opencounty.backoffice;

import org.opencounty.common.Actor;
import org.opencounty.content.ArticleQueries;
import org.opencounty.services.CatalogueQueries;
import org.opencounty.units.ProfileQueries;
import org.opencounty.units.Units;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class AdminHomeController {

    private final Units units;
    private final ArticleQueries articles;
    private final CatalogueQueries catalogue;
    private final ProfileQueries profiles;

    AdminHomeController(Units units, ArticleQueries articles, CatalogueQueries catalogue, ProfileQueries profiles) {
        this.units = units;
        this.articles = articles;
        this.catalogue = catalogue;
        this.profiles = profiles;
    }

    @GetMapping("/admin")
    String home(Actor actor, Model model) {
        model.addAttribute("myUnit", units.byId(actor.unitId()).orElseThrow());
        model.addAttribute("editableUnits", units.editableBy(actor).size());
        model.addAttribute("queue", articles.queueOf(actor));
        model.addAttribute("catalogueWaiting", catalogue.waitingFor(actor));
        model.addAttribute("profilesWaiting", profiles.waitingFor(actor));
        return "backoffice/home";
    }
}
