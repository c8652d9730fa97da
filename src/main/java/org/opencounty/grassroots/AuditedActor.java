package org.opencounty.grassroots;

import org.opencounty.common.Actor;

/** How the audit log names whoever acted, signed in or not (questions and objections come from anyone). */
final class AuditedActor {

    private AuditedActor() {
    }

    static String name(Actor actor) {
        return actor == null ? "anonymous" : actor.username();
    }

    static String unit(Actor actor) {
        return actor == null || actor.unitCode() == null ? "" : actor.unitCode();
    }
}
