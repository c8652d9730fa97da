package org.opencounty.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.opencounty.calendar.CountedDay;
import org.opencounty.calendar.Region;
import org.opencounty.calendar.WorkingDays;
import org.opencounty.common.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Explain this due date" for staff: every day from the day after the start to the due date, numbered as
 * the count goes, with the holidays and weekends passed over. Linked wherever a due date is shown in the back office.
 */
@Controller
class DueDateExplanationController {

    private final WorkingDays workingDays;

    DueDateExplanationController(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    @GetMapping("/admin/calendar/explain")
    String explain(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
                   @RequestParam(defaultValue = "XJ") String region, @RequestParam(defaultValue = "") String label, Model model) {
        LocalDate start = date(from);
        LocalDate due = date(to);
        Region chosen = Region.parse(region).orElse(null);
        if (start == null || due == null || chosen == null || due.isBefore(start)
                || start.plusDays(WorkingDays.MAX_EXPLAINED_DAYS).isBefore(due)) {
            throw InvalidInputException.field("to", "请给出起算日和到期日（YYYY-MM-DD），到期日不早于起算日，相隔不超过十年");
        }
        List<CountedDay> days = workingDays.days(start, due, chosen);
        model.addAttribute("from", start);
        model.addAttribute("to", due);
        model.addAttribute("region", chosen);
        model.addAttribute("label", label.length() > 40 ? label.substring(0, 40) : label);
        model.addAttribute("days", days);
        model.addAttribute("counted", days.stream().filter(CountedDay::working).count());
        model.addAttribute("provisional", days.stream().anyMatch(CountedDay::provisional));
        return "calendar/explain";
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
