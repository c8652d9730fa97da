package org.opencounty.portal;

import java.util.List;
import org.opencounty.content.Category;
import org.opencounty.content.PublishedArticles;
import org.opencounty.sites.Site;
import org.opencounty.units.UnitDirectory;
import org.opencounty.units.Units;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public county site's shell: the home page and the sitemap. The unit directory and profiles are `units/web`'s,
 * columns and article pages `content/web`'s.
 */
@Controller
class PortalController {

    private final Units units;
    private final PublishedArticles articles;

    PortalController(Units units, PublishedArticles articles) {
        this.units = units;
        this.articles = articles;
    }

    @GetMapping("/")
    String home(Site site, Model model) {
        model.addAttribute("categories", List.of(Category.values()));
        model.addAttribute("latest", articles.latest(site.id()));
        model.addAttribute("groups", UnitDirectory.groups(units.directory(site.id())));
        return "portal/home";
    }

    @GetMapping("/sitemap")
    String sitemap(Site site, Model model) {
        model.addAttribute("categories", List.of(Category.values()));
        model.addAttribute("groups", UnitDirectory.groups(units.directory(site.id())));
        return "portal/sitemap";
    }
}
