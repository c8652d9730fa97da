package org.opencounty.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import org.opencounty.calendar.CalendarAdministration;
import org.opencounty.calendar.Region;
import org.opencounty.calendar.YearCalendar;
import org.opencounty.common.Actor;
import org.opencounty.common.DomainException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The working-day calendar: the center enters regional holidays, corrects days and loads next year's arrangement. */
@Controller
class CalendarAdminController {

    private final CalendarAdministration calendar;
    private final Clock clock;

    CalendarAdminController(CalendarAdministration calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/admin/calendar")
    String show(Actor actor, @RequestParam(defaultValue = "XJ") String region, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String saved, Model model) {
        Region chosen = Region.parse(region).orElse(Region.XJ);
        int chosenYear = year == null || year < 2000 || year > 2099 ? LocalDate.now(clock).getYear() : year;
        return page(actor, chosen, chosenYear, saved != null, Map.of(), Map.of(), model);
    }

    @PostMapping("/admin/calendar/days")
    String setDay(Actor actor, @RequestParam(defaultValue = "") String region, @RequestParam(defaultValue = "") String date,
                  @RequestParam(required = false) String offDay, @RequestParam(defaultValue = "") String name, Model model) {
        Region chosen = Region.parse(region).orElse(null);
        LocalDate day = date(date);
        try {
            calendar.setDay(actor, chosen, day, offDay == null ? null : Boolean.valueOf(offDay), name);
            return redirect(chosen, day.getYear());
        } catch (DomainException e) {
            return page(actor, chosen == null ? Region.XJ : chosen, day == null ? LocalDate.now(clock).getYear() : day.getYear(), false,
                    Map.of("date", date, "offDay", offDay == null ? "" : offDay, "name", name), errors(e), model);
        }
    }

    @PostMapping("/admin/calendar/days/remove")
    String removeDay(Actor actor, @RequestParam(defaultValue = "") String region, @RequestParam(defaultValue = "") String date) {
        Region chosen = Region.parse(region).orElse(null);
        LocalDate day = date(date);
        calendar.removeDay(actor, chosen, day);
        return redirect(chosen, day.getYear());
    }

    @PostMapping("/admin/calendar/years")
    String loadYear(Actor actor, @RequestParam(defaultValue = "") String region, @RequestParam(defaultValue = "") String json,
                    @RequestParam(required = false) Integer year, Model model) {
        Region chosen = Region.parse(region).orElse(null);
        try {
            return redirect(chosen, calendar.loadYear(actor, chosen, json));
        } catch (DomainException e) {
            return page(actor, chosen == null ? Region.XJ : chosen, year == null ? LocalDate.now(clock).getYear() : year, false,
                    Map.of("json", json), errors(e), model);
        }
    }

    private String page(Actor actor, Region region, int year, boolean saved, Map<String, String> values,
                        Map<String, String> errors, Model model) {
        if (!actor.has(Role.CENTER_ADMIN)) {
            throw new NotAllowedException("只有中心管理员可以维护工作日历");
        }
        YearCalendar shown = calendar.year(region, year);
        model.addAttribute("calendar", shown);
        model.addAttribute("rows", shown.days().stream().map(day -> new CalendarRow(day,
                day.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA),
                day.region() == region && !day.shipped())).toList());
        model.addAttribute("regions", Region.values());
        model.addAttribute("saved", saved);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "calendar/backoffice/calendar";
    }

    private static String redirect(Region region, int year) {
        return "redirect:/admin/calendar?region=" + region.name() + "&year=" + year + "&saved";
    }

    private static Map<String, String> errors(DomainException e) {
        return e.fields().isEmpty() ? Map.of("form", e.getMessage()) : e.fields();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
