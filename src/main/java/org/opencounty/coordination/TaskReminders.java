package org.opencounty.coordination;

import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.common.Role;
import org.opencounty.coordination.internal.TaskSweepStatements;
import org.opencounty.units.UnitAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminders the sweep sent (督办提醒), as a unit's information officer and leader read them in the back office:
 * those of their unit (a leader's also of the units below), while the task is still open there.
 */
@Service
public class TaskReminders {

    private final TaskSweepStatements statements;
    private final UnitAccess unitAccess;

    TaskReminders(TaskSweepStatements statements, UnitAccess unitAccess) {
        this.statements = statements;
        this.unitAccess = unitAccess;
    }

    @Transactional(readOnly = true)
    public List<TaskReminder> mine(Actor actor, int limit) {
        if (actor == null || !actor.isStaff()) {
            return List.of();
        }
        if (actor.has(Role.UNIT_LEADER)) {
            return statements.reminders(unitAccess.subtree(actor.siteId(), actor.unitId()), limit);
        }
        if (actor.has(Role.INFO_OFFICER)) {
            return statements.reminders(List.of(actor.unitId()), limit);
        }
        return List.of();
    }
}
