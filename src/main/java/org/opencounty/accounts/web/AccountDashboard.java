package org.opencounty.accounts.web;

import static org.opencounty.common.web.DashboardCard.Phrase.text;

import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.common.Role;
import org.opencounty.common.web.DashboardCard;
import org.opencounty.common.web.DashboardSection;
import org.springframework.stereotype.Component;

/** The dashboard's card for account administration, for the center's administrator only. */
@Component
class AccountDashboard implements DashboardSection {

    @Override
    public List<DashboardCard> cardsFor(Actor actor) {
        if (!actor.has(Role.CENTER_ADMIN)) {
            return List.of();
        }
        return List.of(new DashboardCard(60, "账号管理", List.of(text("创建工作人员账号、分配角色、重置密码。")), List.of(), "管理账号", "/admin/accounts"));
    }
}
