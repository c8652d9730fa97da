package org.opencounty.search.web;

import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.ConflictException;
import org.opencounty.common.DomainException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.Role;
import org.opencounty.search.SearchReindexing;
import org.opencounty.search.SearchSynonyms;
import org.opencounty.sites.Site;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The search admin page: the center's search synonyms (供暖/供热 …), applied to every search on the site, and the
 * rebuild of the site's index, which runs in the background while the page shows how far it has got.
 */
@Controller
class SearchSynonymAdminController {

    private final SearchSynonyms synonyms;
    private final SearchReindexing reindexing;

    SearchSynonymAdminController(SearchSynonyms synonyms, SearchReindexing reindexing) {
        this.synonyms = synonyms;
        this.reindexing = reindexing;
    }

    @PostMapping("/admin/synonyms/reindex")
    String reindex(Actor actor, Site site, RedirectAttributes redirect) {
        try {
            reindexing.start(actor, site.id());
            redirect.addFlashAttribute("done", "已开始重建搜索索引，期间搜索照常可用");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("done", e.getMessage());
        }
        return "redirect:/admin/synonyms";
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
        model.addAttribute("reindex", reindexing.progress(site.id()));
        model.addAttribute("words", words);
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("done")) {
            model.addAttribute("done", "");
        }
        return "search/backoffice/synonyms";
    }
}
