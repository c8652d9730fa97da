package org.opencounty.supervision.web;

import static org.opencounty.common.web.DashboardCard.Phrase.figure;
import static org.opencounty.common.web.DashboardCard.Phrase.text;

import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.common.web.DashboardCard;
import org.opencounty.common.web.DashboardSection;
import org.opencounty.web.UnreadNotices;
import org.springframework.stereotype.Component;

/** The dashboard's card for supervision notices: how many are unread, with a link to them. */
@Component
class SupervisionDashboard implements DashboardSection {

    private final UnreadNotices notices;

    SupervisionDashboard(UnreadNotices notices) {
        this.notices = notices;
    }

    @Override
    public List<DashboardCard> cardsFor(Actor actor) {
        long unread = notices.count(actor);
        return List.of(new DashboardCard(40, "监察通知",
                List.of(text("未读 "), figure(notices.label(unread), "unread-notices"),
                        text(" 条。办件出现预警、黄牌、红牌等监察信号时，承办人、单位主要领导和监察人员会收到通知。")),
                List.of(), "查看监察通知", "/admin/supervision/notices" + (unread > 0 ? "?unread=true" : "")));
    }
}
