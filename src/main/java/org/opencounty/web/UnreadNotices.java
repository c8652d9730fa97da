package org.opencounty.web;

import org.opencounty.common.Actor;

/**
 * How many of a person's notices are unread, for the link the back office's navigation and dashboard show on every
 * page. The web module only shows the number; the module that keeps the notices counts them.
 */
@org.springframework.modulith.NamedInterface("notices")
public interface UnreadNotices {

    /** For a platform without notices: nothing is ever unread. */
    UnreadNotices NONE = new UnreadNotices() {
        @Override
        public long count(Actor actor) {
            return 0;
        }

        @Override
        public long cap() {
            return Long.MAX_VALUE;
        }
    };

    /** At most {@link #cap()}: counting further than anybody reads is a waste on every page. */
    long count(Actor actor);

    long cap();

    /** The count as the pages show it: "999+" once it reaches the cap. */
    default String label(long count) {
        return count >= cap() ? (cap() - 1) + "+" : String.valueOf(count);
    }
}
