package org.opencounty.audit.web;

import static org.opencounty.common.web.DashboardCard.Phrase.text;

import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.common.Role;
import org.opencounty.common.web.DashboardCard;
import org.opencounty.common.web.DashboardSection;
import org.springframework.stereotype.Component;

/** The dashboard's card for the audit log, for those who read it. */
@Component
class AuditDashboard implements DashboardSection {

    @Override
    public List<DashboardCard> cardsFor(Actor actor) {
        if (!actor.has(Role.CENTER_ADMIN) && !actor.has(Role.SUPERVISOR)) {
            return List.of();
        }
        return List.of(new DashboardCard(70, "审计日志", List.of(text("查看登录与变更记录，校验日志完整性。")), List.of(), "查看审计日志", "/admin/audit"));
    }
}
