package org.opencounty.calendar;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.calendar.internal.CalendarStore;
import org.opencounty.calendar.internal.HolidayFile;
import org.opencounty.calendar.internal.ShippedCalendar;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The special days as the center keeps them: it corrects a day, enters Xinjiang's regional holidays
 * once the regional notice is out, and loads next year's national arrangement once the State Council
 * publishes it. One calendar serves every site of the deployment. Every change is audited and raises
 * {@link CalendarChanged}.
 */
@Service
public class CalendarAdministration {

    private static final int NAME_LENGTH = 50;

    private final CalendarStore store;
    private final ShippedCalendar shipped;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    CalendarAdministration(CalendarStore store, ShippedCalendar shipped, AuditLog audit, ApplicationEventPublisher events) {
        this.store = store;
        this.shipped = shipped;
        this.audit = audit;
        this.events = events;
    }

    /** The year's special days as they apply in the region, each tagged with the region that set it. */
    @Transactional(readOnly = true)
    public YearCalendar year(Region region, int year) {
        Map<LocalDate, CalendarDay> applying = new TreeMap<>();
        // Most general layer first, so that a regional day replaces a national one on the same date.
        for (Region layer : region.layers().reversed()) {
            store.days(List.of(layer), year).forEach(day -> applying.put(day.date(), day));
        }
        boolean regionalData = region == Region.CN || store.yearLoaded(region, year);
        return new YearCalendar(region, year, store.yearLoaded(Region.CN, year), regionalData, List.copyOf(applying.values()));
    }

    /**
     * The years from {@code first} to {@code last} whose arrangement in the region is not known as a whole
     * (for XJ: national or regional data missing or partial), so that the center sees what to load.
     */
    @Transactional(readOnly = true)
    public List<Integer> yearsWithoutData(Region region, int first, int last) {
        return java.util.stream.IntStream.rangeClosed(first, last).boxed()
                .filter(year -> region.layers().stream().anyMatch(layer -> !store.yearLoaded(layer, year)))
                .toList();
    }

    /**
     * Sets one day: a holiday ({@code offDay}) or a weekend day worked instead (调休). Replaces what was
     * listed for the date in that region, shipped or not.
     */
    @Transactional
    public CalendarDay setDay(Actor actor, Region region, LocalDate date, Boolean offDay, String name) {
        requireAdministrator(actor);
        String cleanName = name == null ? "" : name.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (region == null) {
            errors.put("region", "请选择地区");
        }
        if (date == null) {
            errors.put("date", "请填写日期，格式为YYYY-MM-DD");
        } else if (date.getYear() < HolidayFile.FIRST_YEAR || date.getYear() > HolidayFile.LAST_YEAR) {
            errors.put("date", "日期须在" + HolidayFile.FIRST_YEAR + "年至" + HolidayFile.LAST_YEAR + "年之间");
        }
        if (offDay == null) {
            errors.put("offDay", "请选择放假或上班");
        }
        if (cleanName.isEmpty() || cleanName.length() > NAME_LENGTH) {
            errors.put("name", "请填写节日名称（不超过" + NAME_LENGTH + "字），调休上班日填所属节日");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String before = store.day(region, date).map(CalendarAdministration::describe).orElse("无");
        store.put(region, date, offDay, cleanName, actor.username());
        CalendarDay day = store.day(region, date).orElseThrow();
        audit.record(actor, "calendar.day.set", target(region, date), AuditResult.SUCCESS, before + " -> " + describe(day));
        events.publishEvent(new CalendarChanged(region, date.getYear()));
        return day;
    }

    /**
     * Undoes an administrator's entry: a day they added disappears, a shipped day they corrected gets its
     * shipped value back. Shipped days themselves stay; they are corrected with {@link #setDay}.
     */
    @Transactional
    public void removeDay(Actor actor, Region region, LocalDate date) {
        requireAdministrator(actor);
        if (region == null || date == null) {
            throw new NotFoundException("该日期没有特殊安排");
        }
        CalendarDay day = store.day(region, date).orElseThrow(() -> new NotFoundException("该日期没有特殊安排"));
        if (day.shipped()) {
            throw InvalidInputException.field("date", "随平台提供的数据不能撤销；如需更正，请直接修改该日");
        }
        Optional<HolidayFile.Day> original = shipped.day(region, date);
        original.ifPresentOrElse(
                o -> store.put(region, date, o.offDay(), o.name(), CalendarDay.SHIPPED),
                () -> store.delete(region, date));
        audit.record(actor, "calendar.day.remove", target(region, date), AuditResult.SUCCESS,
                describe(day) + " -> " + original.map(o -> (o.offDay() ? "放假 " : "上班 ") + o.name() + "（随平台提供）").orElse("无"));
        events.publishEvent(new CalendarChanged(region, date.getYear()));
    }

    /**
     * Loads a year's arrangement in the holiday-cn format (see docs/calendar.md): its days replace those
     * listed for the same dates, and the year counts as known from then on, so that due dates in it are
     * no longer provisional. Days listed before and missing from the file stay (undo them one by one).
     * Returns the year loaded.
     */
    @Transactional
    public int loadYear(Actor actor, Region region, String json) {
        requireAdministrator(actor);
        if (region == null) {
            throw InvalidInputException.field("region", "请选择地区");
        }
        HolidayFile file = HolidayFile.parse(json);
        file.days().forEach(day -> store.put(region, day.date(), day.offDay(), day.name(), actor.username()));
        store.markYearComplete(region, file.year(), actor.username());
        audit.record(actor, "calendar.year.load", "calendar:" + region.name() + ":" + file.year(), AuditResult.SUCCESS,
                file.days().size() + " 天，由管理员导入");
        publishChanged(region, file.years());
        return file.year();
    }

    private void publishChanged(Region region, Set<Integer> years) {
        years.forEach(year -> events.publishEvent(new CalendarChanged(region, year)));
    }

    private static String target(Region region, LocalDate date) {
        return "calendar:" + region.name() + ":" + date;
    }

    private static String describe(CalendarDay day) {
        return (day.offDay() ? "放假 " : "上班 ") + day.name() + "（" + day.source() + "）";
    }

    private static void requireAdministrator(Actor actor) {
        if (actor == null || !actor.has(Role.CENTER_ADMIN)) {
            throw new NotAllowedException("只有中心管理员可以维护工作日历");
        }
    }
}
