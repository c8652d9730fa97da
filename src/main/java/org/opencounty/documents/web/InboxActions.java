package org.opencounty.documents.web;

import org.opencounty.common.Actor;
import org.opencounty.documents.InboxItem;
import org.opencounty.documents.ReceivingSteps;
import org.opencounty.documents.ReceivingSteps.Step;

/** Which receiving steps the page offers the actor; the server checks again when one is taken. */
public record InboxActions(boolean receive, boolean accept, boolean returnable, boolean circulate, boolean propose,
                           boolean instruct, boolean read, boolean reply, boolean close) {

    static InboxActions of(Actor actor, InboxItem item) {
        boolean reads = item.readers().stream().anyMatch(r -> r.username().equals(actor.username()) && r.readAt() == null);
        return new InboxActions(may(actor, item, Step.RECEIVE, reads), may(actor, item, Step.ACCEPT, reads),
                may(actor, item, Step.RETURN, reads), may(actor, item, Step.CIRCULATE, reads), may(actor, item, Step.PROPOSE, reads),
                may(actor, item, Step.INSTRUCT, reads), may(actor, item, Step.READ, reads), may(actor, item, Step.REPLY, reads),
                may(actor, item, Step.CLOSE, reads));
    }

    private static boolean may(Actor actor, InboxItem item, Step step, boolean reads) {
        return ReceivingSteps.startsFrom(item.recipient().state(), step)
                && ReceivingSteps.refusal(actor, step, item.recipient().facts(reads)).isEmpty();
    }
}
