package org.opencounty.supervision.web;

import org.opencounty.common.Actor;
import org.opencounty.supervision.SupervisionNotices;
import org.opencounty.web.UnreadNotices;
import org.springframework.stereotype.Component;

/**
 * The back office's notices are supervision's (监察通知): the navigation and the dashboard count them through this,
 * so that the web module, which every module's pages use, does not depend on supervision.
 */
@Component
class SupervisionUnreadNotices implements UnreadNotices {

    private final SupervisionNotices notices;

    SupervisionUnreadNotices(SupervisionNotices notices) {
        this.notices = notices;
    }

    @Override
    public long count(Actor actor) {
        return notices.unread(actor);
    }

    @Override
    public long cap() {
        return SupervisionNotices.UNREAD_CAP;
    }
}
