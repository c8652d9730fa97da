package org.opencounty.interaction.web;

import static org.opencounty.common.web.DashboardCard.Phrase.figure;
import static org.opencounty.common.web.DashboardCard.Phrase.text;

import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.common.web.DashboardCard;
import org.opencounty.common.web.DashboardSection;
import org.opencounty.interaction.AnnualReportReminders;
import org.springframework.stereotype.Component;

/** The dashboard's reminder of last year's annual report, near its legal date and after it (年报提醒). */
@Component
class AnnualReportDashboard implements DashboardSection {

    private final AnnualReportReminders reminders;

    AnnualReportDashboard(AnnualReportReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public List<DashboardCard> cardsFor(Actor actor) {
        List<AnnualReportReminders.Reminder> due = reminders.mine(actor);
        if (due.isEmpty()) {
            return List.of();
        }
        return List.of(new DashboardCard(37, "政府信息公开年度报告", List.of(text("有 "), figure(due.size(), "annual-reports-due"),
                        text(" 份年度报告临近或已超过公布期限。")),
                due.stream().limit(8).map(r -> new DashboardCard.Entry(r.unitName() + r.year() + "年度报告",
                        "/admin/annual-reports/" + r.year() + "/" + r.unitCode(),
                        (r.stage() == AnnualReportReminders.Stage.OVERDUE ? "已逾期，期限 " : "公布期限 ") + r.dueOn() + "（" + r.stateLabel() + "）"))
                        .toList(), "全部年度报告", "/admin/annual-reports"));
    }
}
