package org.opencounty.documents.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.opencounty.common.Actor;
import org.opencounty.common.Role;
import org.opencounty.documents.Disclosure;
import org.opencounty.documents.DocumentView;
import org.opencounty.documents.OfficialDocument;
import org.opencounty.documents.SendingChain;
import org.opencounty.documents.SendingChain.Step;

/** Which of the chain's steps the page offers the actor; the server checks again when one is taken. */
public record DocumentActions(boolean edit, List<Offered> steps, boolean returnable, boolean publish) {

    /** A button: the path it posts to and its label. */
    public record Offered(String path, String label) {
    }

    private static final List<Step> FORWARD = List.of(Step.SUBMIT, Step.REVIEW, Step.SIGN, Step.CHECK, Step.REGISTER, Step.DISPATCH);

    static DocumentActions of(Actor actor, DocumentView view) {
        OfficialDocument d = view.document();
        List<Offered> steps = new ArrayList<>();
        for (Step step : FORWARD) {
            if (may(actor, d, step) && SendingChain.startsFrom(d.state(), step)) {
                steps.add(new Offered(step.name().toLowerCase(), step.label()));
            }
        }
        return new DocumentActions(may(actor, d, Step.SUBMIT) && d.state().editable(), steps,
                may(actor, d, Step.RETURN) && SendingChain.startsFrom(d.state(), Step.RETURN),
                d.dispatched() && d.disclosure() == Disclosure.PUBLIC && d.articleId() == null && actor.has(Role.INFO_OFFICER)
                        && Objects.equals(actor.unitId(), d.unitId()));
    }

    private static boolean may(Actor actor, OfficialDocument d, Step step) {
        return SendingChain.refusal(actor, step, d.facts()).isEmpty();
    }
}
