package org.opencounty.coordination;

import java.util.List;
import org.opencounty.common.Actor;
import org.opencounty.common.Role;
import org.opencounty.coordination.internal.InspectionStatements;
import org.opencounty.coordination.internal.TaskSweepStatements;
import org.opencounty.units.UnitAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminders the sweep sent (督办提醒, and 整改提醒 on inspection findings), as a unit's information officer and
 * leader read them in the back office: those of their unit (a leader's also of the units below), while the task or the
 * finding is still open there.
 */
@Service
public class TaskReminders {

    private final TaskSweepStatements statements;
    private final InspectionStatements findings;
    private final UnitAccess unitAccess;

    TaskReminders(TaskSweepStatements statements, InspectionStatements findings, UnitAccess unitAccess) {
        this.statements = statements;
        this.findings = findings;
        this.unitAccess = unitAccess;
    }

    @Transactional(readOnly = true)
    public List<TaskReminder> mine(Actor actor, int limit) {
        return statements.reminders(remindedUnits(actor), limit);
    }

    /** How many reminders {@link #mine} holds, counted in SQL. */
    @Transactional(readOnly = true)
    public long countMine(Actor actor) {
        return statements.reminderCount(remindedUnits(actor));
    }

    /** The reminders on inspection findings whose rectification is coming due or overdue. */
    @Transactional(readOnly = true)
    public List<FindingReminder> findings(Actor actor, int limit) {
        return findings.reminders(remindedUnits(actor), limit);
    }

    private List<Long> remindedUnits(Actor actor) {
        if (actor == null || !actor.isStaff()) {
            return List.of();
        }
        if (actor.has(Role.UNIT_LEADER)) {
            return unitAccess.subtree(actor.siteId(), actor.unitId());
        }
        if (actor.has(Role.INFO_OFFICER)) {
            return List.of(actor.unitId());
        }
        return List.of();
    }
}
