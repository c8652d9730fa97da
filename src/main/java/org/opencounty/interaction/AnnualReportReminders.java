package org.opencounty.interaction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencounty.calendar.Region;
import org.opencounty.calendar.WorkingDays;
import org.opencounty.common.Actor;
import org.opencounty.common.Role;
import org.opencounty.common.TimeConfiguration;
import org.opencounty.interaction.internal.AnnualReportRepository;
import org.opencounty.review.ReviewState;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitAccess;
import org.opencounty.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminders of last year's annual report as the unit's information officer and leader read them in the back
 * office (a leader's also for the units below): from {@code reminder-days} working days before the legal date while it
 * is not published, and overdue from the day after. Supervision's sweep signals the same reports through the
 * {@code interaction_case} seam (V29_1).
 */
@Service
public class AnnualReportReminders {

    /** Where a report stands against its legal date. */
    public enum Stage { NONE, DUE_SOON, OVERDUE }

    /** One reminder: the unit, the year, the legal date, the working days left (negative: overdue) and the state. */
    public record Reminder(String unitCode, String unitName, int year, LocalDate dueOn, Stage stage, String stateLabel) {
    }

    private final AnnualReportRepository reports;
    private final AnnualReportSettings settings;
    private final WorkingDays workingDays;
    private final Units units;
    private final UnitAccess unitAccess;
    private final Clock clock;

    AnnualReportReminders(AnnualReportRepository reports, AnnualReportSettings settings, WorkingDays workingDays, Units units,
                          UnitAccess unitAccess, Clock clock) {
        this.reports = reports;
        this.settings = settings;
        this.workingDays = workingDays;
        this.units = units;
        this.unitAccess = unitAccess;
        this.clock = clock;
    }

    /**
     * The stage on {@code today} of a report due on {@code dueOn} and not yet published: overdue the day after, due
     * soon once at most {@code reminderDays} working days remain before it ({@code workingDaysLeft}, today not counted).
     */
    public static Stage stage(LocalDate today, LocalDate dueOn, int workingDaysLeft, int reminderDays, boolean published) {
        if (published) {
            return Stage.NONE;
        }
        if (today.isAfter(dueOn)) {
            return Stage.OVERDUE;
        }
        return workingDaysLeft <= reminderDays ? Stage.DUE_SOON : Stage.NONE;
    }

    @Transactional(readOnly = true)
    public List<Reminder> mine(Actor actor) {
        if (actor == null || !actor.isStaff() || !(actor.has(Role.INFO_OFFICER) || actor.has(Role.UNIT_LEADER))) {
            return List.of();
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), TimeConfiguration.CHINA);
        int year = today.getYear() - 1;
        List<Long> mine = actor.has(Role.UNIT_LEADER) ? unitAccess.subtree(actor.siteId(), actor.unitId()) : List.of(actor.unitId());
        Map<Long, AnnualReport> written = reports.findBySiteIdAndYear(actor.siteId(), year).stream()
                .collect(Collectors.toMap(AnnualReport::unitId, Function.identity()));
        List<Reminder> reminders = new ArrayList<>();
        for (Long unitId : mine) {
            Unit unit = units.byId(unitId).orElse(null);
            if (unit == null || !reports(unit)) {
                continue;
            }
            AnnualReport report = written.get(unitId);
            LocalDate due = report == null ? settings.dueOn(unit.kind(), year) : report.dueOn();
            int left = today.isAfter(due) ? -1 : workingDays.workingDaysBetween(today, due, Region.XJ);
            Stage stage = stage(today, due, left, settings.reminderDays(), report != null && report.state() == ReviewState.PUBLISHED);
            if (stage != Stage.NONE) {
                reminders.add(new Reminder(unit.code(), unit.name(), year, due, stage, AnnualReportWriting.stateLabel(report)));
            }
        }
        return reminders;
    }

    /** The units that report: the county and every unit below it but villages, communities and party organisations. */
    static boolean reports(Unit unit) {
        return switch (unit.kind()) {
            case COUNTY, DEPARTMENT, TOWNSHIP, FARM -> true;
            default -> false;
        };
    }
}
