package org.opencounty.search.web;

import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.DomainException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.Role;
import org.opencounty.search.SearchSynonyms;
import org.opencounty.sites.Site;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The center's search synonyms (供暖/供热 …), applied to every search on the site. */
@Controller
class SearchSynonymAdminController {

    private final SearchSynonyms synonyms;

    SearchSynonymAdminController(SearchSynonyms synonyms) {
        this.synonyms = synonyms;
    }

    @GetMapping("/admin/synonyms")
    String list(Actor actor, Site site, Model model) {
        return page(actor, site, model, "", Map.of());
    }

    @PostMapping("/admin/synonyms")
    String add(Actor actor, Site site, @RequestParam(defaultValue = "") String words, Model model, RedirectAttributes redirect) {
        try {
            SearchSynonyms.Group group = synonyms.add(actor, site.id(), words);
            redirect.addFlashAttribute("done", "已加入同义词：" + group.label());
            return "redirect:/admin/synonyms";
        } catch (DomainException e) {
            return page(actor, site, model, words, e.fields().isEmpty() ? Map.of("form", e.getMessage()) : e.fields());
        }
    }

    @PostMapping("/admin/synonyms/{id}/delete")
    String remove(Actor actor, Site site, @PathVariable long id, RedirectAttributes redirect) {
        synonyms.remove(actor, site.id(), id);
        redirect.addFlashAttribute("done", "已删除该组同义词");
        return "redirect:/admin/synonyms";
    }

    private String page(Actor actor, Site site, Model model, String words, Map<String, String> errors) {
        if (!actor.has(Role.CENTER_ADMIN) || actor.siteId() != site.id()) {
            throw new NotAllowedException("只有本站的中心管理员可以维护搜索同义词");
        }
        model.addAttribute("groups", synonyms.all(site.id()));
        model.addAttribute("words", words);
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("done")) {
            model.addAttribute("done", "");
        }
        return "search/backoffice/synonyms";
    }
}
