package org.opencounty.supervision.web;

import org.opencounty.common.Actor;
import org.opencounty.common.web.PageOf;
import org.opencounty.supervision.InteractionSignals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signals about messages, disclosure requests and ratings' follow-ups, each linked to where it is handled. */
@Controller
class InteractionSignalPagesController {

    private final InteractionSignals signals;

    InteractionSignalPagesController(InteractionSignals signals) {
        this.signals = signals;
    }

    @GetMapping("/admin/supervision/interaction")
    String list(Actor actor, @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("signals", signals.list(actor, PageOf.clampPage(page), 50));
        return "supervision/backoffice/interactionSignals";
    }
}
