package org.opencounty.interaction;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import org.opencounty.units.UnitKind;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The annual report's legal dates (条例 art. 49: departments publish the previous year's report by 31 January, the
 * county's 主管部门 the 本级政府's by 31 March) as month-day of the following year, and how many working days ahead the
 * unit's officer and leader are reminded.
 *
 * @param departmentDue "MM-dd" of the following year for every unit but the county (default 01-31)
 * @param countyDue     "MM-dd" of the following year for the county's own report (default 03-31)
 * @param reminderDays  working days before the due date from which the reminder shows (default 5)
 */
@ConfigurationProperties("opencounty.interaction.annual-report")
public record AnnualReportSettings(String departmentDue, String countyDue, Integer reminderDays) {

    public AnnualReportSettings {
        departmentDue = monthDay(departmentDue, "01-31", "department-due");
        countyDue = monthDay(countyDue, "03-31", "county-due");
        reminderDays = reminderDays == null ? 5 : reminderDays;
        if (reminderDays < 0) {
            throw new IllegalArgumentException("opencounty.interaction.annual-report.reminder-days must not be negative: " + reminderDays);
        }
    }

    /** The date the report of {@code year} is due: the county's by {@code countyDue}, every other unit's by {@code departmentDue}. */
    public LocalDate dueOn(UnitKind kind, int year) {
        return MonthDay.parse("--" + (kind == UnitKind.COUNTY ? countyDue : departmentDue)).atYear(year + 1);
    }

    private static String monthDay(String value, String fallback, String name) {
        String result = value == null || value.isBlank() ? fallback : value.strip();
        try {
            MonthDay.parse("--" + result);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("opencounty.interaction.annual-report." + name + " must be MM-dd: " + result);
        }
        return result;
    }
}
