package org.opencounty.supervision.web;

import org.opencounty.common.Actor;
import org.opencounty.common.web.PageOf;
import org.opencounty.supervision.InteractionSignal;
import org.opencounty.supervision.InteractionSignals;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signals about messages and disclosure requests, for the same readers as the applications' signals. */
@RestController
class InteractionSignalApiController {

    private final InteractionSignals signals;

    InteractionSignalApiController(InteractionSignals signals) {
        this.signals = signals;
    }

    @GetMapping("/api/v1/supervision/interaction-signals")
    PageOf<InteractionSignal> list(Actor actor, @RequestParam(defaultValue = "1") int page) {
        return signals.list(actor, PageOf.requirePage(page), 50);
    }
}
