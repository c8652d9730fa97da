package org.opencounty.coordination.web;

import static org.opencounty.common.web.DashboardCard.Phrase.figure;
import static org.opencounty.common.web.DashboardCard.Phrase.text;

import java.util.List;
import java.util.Map;
import org.opencounty.common.Actor;
import org.opencounty.common.web.DashboardCard;
import org.opencounty.common.web.DashboardSection;
import org.opencounty.coordination.Task;
import org.opencounty.coordination.TaskQueries;
import org.opencounty.coordination.TaskReminders;
import org.springframework.stereotype.Component;

/**
 * The dashboard's card of tasks (督办任务): for a unit's staff their unit's open tasks and reminders, for the center
 * how many units are overdue, with a link to the matrix.
 */
@Component
class TaskDashboard implements DashboardSection {

    private static final int SHOWN = 8;

    private final TaskQueries queries;
    private final TaskReminders reminders;

    TaskDashboard(TaskQueries queries, TaskReminders reminders) {
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
            return List.of(new DashboardCard(35, "督办任务", List.of(text("逾期未完成 "), figure(overdue, "tasks-overdue"), text(" 项（单位 × 任务）。")),
                    List.of(), "查看完成情况", "/admin/tasks"));
        }
        TaskQueries.OpenTasks open = queries.openOfUnit(actor, actor.unitCode(), SHOWN);
        long reminded = reminders.countMine(actor);
        Map<Long, Task> tasks = open.tasks();
        List<DashboardCard.Entry> entries = open.shown().stream().map(status -> new DashboardCard.Entry(
                tasks.get(status.taskId()).title(), "/admin/tasks/" + status.taskId() + "/units/" + status.unitCode(),
                status.state().label() + "，期限 " + tasks.get(status.taskId()).deadline())).toList();
        return List.of(new DashboardCard(35, "督办任务", List.of(text("本单位未完成的督办任务 "), figure(open.total(), "tasks-open"),
                text(" 项，督办提醒 "), figure(reminded, "task-reminders"), text(" 条。")), entries, "查看督办任务", "/admin/tasks"));
    }
}
