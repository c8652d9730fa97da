package org.opencounty.coordination.web;

import static org.opencounty.common.web.DashboardCard.Phrase.figure;
import static org.opencounty.common.web.DashboardCard.Phrase.text;

import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.common.web.DashboardCard;
import org.opencounty.common.web.DashboardSection;
import org.opencounty.coordination.InspectionQueries;
import org.opencounty.coordination.InspectionSummary;
import org.opencounty.coordination.TaskReminders;
import org.springframework.stereotype.Component;

/**
 * The dashboard's card of inspections (督查): for a unit's staff the findings still open at their unit, with the
 * rectification reminders; for the center how many findings are overdue.
 */
@Component
class InspectionDashboard implements DashboardSection {

    private static final int SHOWN = 8;

    private final InspectionQueries queries;
    private final TaskReminders reminders;

    InspectionDashboard(InspectionQueries queries, TaskReminders reminders) {
        this.queries = queries;
        this.reminders = reminders;
    }

    @Override
    public List<DashboardCard> cardsFor(Actor actor) {
        if (actor == null || !actor.isStaff()) {
            return List.of();
        }
        if (actor.isCenterWide()) {
            long overdue = queries.overdue(actor);
            return List.of(new DashboardCard(36, "督查", List.of(text("逾期未整改的督查问题 "), figure(overdue, "findings-overdue"), text(" 个。")),
                    List.of(), "查看督查", "/admin/inspections"));
        }
        List<InspectionSummary.FindingRow> open = queries.openAt(actor);
        if (open.isEmpty()) {
            return List.of();
        }
        int reminded = reminders.findings(actor, 100).size();
        List<DashboardCard.Entry> entries = open.stream().limit(SHOWN).map(row -> new DashboardCard.Entry(row.finding().problem(),
                "/admin/inspections/" + row.finding().inspectionId() + "/findings/" + row.finding().id(),
                row.itemTitle() + "，" + row.state().label() + "，整改期限 " + row.finding().dueDate())).toList();
        return List.of(new DashboardCard(36, "督查", List.of(text("本单位待整改的督查问题 "), figure(open.size(), "findings-open"),
                text(" 个，整改提醒 "), figure(reminded, "finding-reminders"), text(" 条。")), entries, "查看督查", "/admin/inspections"));
    }
}
