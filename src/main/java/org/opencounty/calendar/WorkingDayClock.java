package org.opencounty.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opencounty.common.ConflictException;
import org.opencounty.common.InvalidInputException;

/**
 * A legal time limit in working days and its ledger: suspensions and extensions. Remaining time and the
 * due date are always derived from the ledger and the calendar, never stored, so that a change of the
 * calendar ({@link CalendarChanged}) or a correction of the ledger moves them consistently.
 *
 * <p>Counting convention:
 * <ul>
 *   <li>The limit is counted in working days, excluding statutory holidays and counting 调休 weekend days
 *       as working days (行政许可法 art. 82: 期限以工作日计算，不含法定节假日).</li>
 *   <li>The day the clock starts ({@code start}, e.g. the day the application was accepted) does not
 *       count; counting begins the next day (行政许可法 art. 42: 自受理行政许可申请之日起二十日内; 民法典
 *       art. 201: 开始的当日不计入). The due date is the {@link #budget()}-th working day after it, and
 *       on the due date itself 0 working days remain.</li>
 *   <li>A suspension covers the days {@code from} to {@code to}, both inclusive; none of them counts
 *       (行政许可法 art. 45: 听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审所需时间不计算在期限内).
 *       While a suspension is open the due date is unknown and the remaining days stand still.</li>
 *   <li>An extension adds working days approved by the agency's head (行政许可法 art. 42: 经本行政机关负责人
 *       批准，可以延长十日). How many days a law allows is for the caller to check: the clock serves other
 *       limits too (e.g. 政府信息公开条例 art. 33).</li>
 * </ul>
 *
 * @param start       the day the clock started; it does not count
 * @param workingDays the limit before extensions
 * @param region      whose holidays apply
 * @param suspensions in time order; only the last may be open
 */
public record WorkingDayClock(LocalDate start, int workingDays, Region region, List<Suspension> suspensions,
                              List<Extension> extensions) {

    /** A stretch of days that does not count (暂停计时), with who decided it, why and on what legal basis. */
    public record Suspension(String by, String reason, LocalDate from, LocalDate to, String legalBasis) {

        public Suspension {
            requireText(by, "by");
            requireText(reason, "reason");
            requireText(legalBasis, "legalBasis");
            Objects.requireNonNull(from, "from");
            if (to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("A suspension cannot end (" + to + ") before it begins (" + from + ")");
            }
        }

        public boolean open() {
            return to == null;
        }

        public boolean covers(LocalDate date) {
            return !date.isBefore(from) && (to == null || !date.isAfter(to));
        }
    }

    /** Working days added to the limit (延长期限), with who approved it and why. */
    public record Extension(String approvedBy, int days, String reason) {

        public Extension {
            requireText(approvedBy, "approvedBy");
            requireText(reason, "reason");
            if (days <= 0) {
                throw new IllegalArgumentException("An extension adds at least one day: " + days);
            }
        }
    }

    public WorkingDayClock {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(region, "region");
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        suspensions = List.copyOf(suspensions);
        extensions = List.copyOf(extensions);
        LocalDate earliest = start;
        for (int i = 0; i < suspensions.size(); i++) {
            Suspension suspension = suspensions.get(i);
            if (suspension.from().isBefore(earliest)) {
                throw new IllegalArgumentException("Suspensions must follow the start and each other: " + suspension.from());
            }
            if (suspension.open() && i < suspensions.size() - 1) {
                throw new IllegalArgumentException("Only the last suspension may be open");
            }
            earliest = suspension.open() ? suspension.from() : suspension.to().plusDays(1);
        }
    }

    /** A running clock with an empty ledger. */
    public static WorkingDayClock start(LocalDate start, int workingDays, Region region) {
        return new WorkingDayClock(start, workingDays, region, List.of(), List.of());
    }

    public boolean isSuspended() {
        return !suspensions.isEmpty() && suspensions.getLast().open();
    }

    /** The limit with every extension. */
    public int budget() {
        return workingDays + extensions.stream().mapToInt(Extension::days).sum();
    }

    /** Stops the clock from {@code from} on, that day included. */
    public WorkingDayClock suspend(String by, String reason, LocalDate from, String legalBasis) {
        if (isSuspended()) {
            throw new ConflictException("CLOCK_SUSPENDED", "计时已暂停，不能再次暂停");
        }
        LocalDate earliest = suspensions.isEmpty() ? start : suspensions.getLast().to().plusDays(1);
        Map<String, String> errors = new LinkedHashMap<>();
        if (from == null || from.isBefore(earliest)) {
            errors.put("from", "暂停日期不能早于" + earliest);
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reason", "请填写暂停计时的理由");
        }
        if (legalBasis == null || legalBasis.isBlank()) {
            errors.put("legalBasis", "请填写暂停计时的法律依据");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<Suspension> ledger = new ArrayList<>(suspensions);
        ledger.add(new Suspension(by, reason, from, null, legalBasis));
        return new WorkingDayClock(start, workingDays, region, ledger, extensions);
    }

    /** Ends the open suspension: {@code to} is its last day, the day after it counts again. */
    public WorkingDayClock resume(LocalDate to) {
        if (!isSuspended()) {
            throw new ConflictException("CLOCK_RUNNING", "计时未暂停，无需恢复");
        }
        Suspension open = suspensions.getLast();
        if (to == null || to.isBefore(open.from())) {
            throw InvalidInputException.field("to", "暂停的最后一日不能早于暂停开始日" + open.from());
        }
        List<Suspension> ledger = new ArrayList<>(suspensions.subList(0, suspensions.size() - 1));
        ledger.add(new Suspension(open.by(), open.reason(), open.from(), to, open.legalBasis()));
        return new WorkingDayClock(start, workingDays, region, ledger, extensions);
    }

    public WorkingDayClock extend(String approvedBy, int days, String reason) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (days <= 0) {
            errors.put("days", "延长的工作日数须大于0");
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reason", "请填写延长期限的理由");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<Extension> ledger = new ArrayList<>(extensions);
        ledger.add(new Extension(approvedBy, days, reason));
        return new WorkingDayClock(start, workingDays, region, suspensions, ledger);
    }

    /**
     * The due date, with every day passed over and why (suspended working days as "暂停计时：reason");
     * empty while the clock is suspended, since nobody knows yet when it will run again.
     */
    public Optional<DueDate> dueDate(WorkingDays calendar) {
        if (isSuspended()) {
            return Optional.empty();
        }
        return Optional.of(calendar.dueDate(start, budget(), region, this::pausedOn));
    }

    /**
     * Working days left after {@code today}: the budget less the working days from the day after the
     * start up to {@code today} inclusive, suspended days excepted. 0 on the due date; negative when
     * overdue; the full budget before the clock starts.
     */
    public int remainingWorkingDays(LocalDate today, WorkingDays calendar) {
        if (!today.isAfter(start)) {
            return budget();
        }
        return budget() - calendar.workingDaysBetween(start, today, region, this::pausedOn);
    }

    private Optional<String> pausedOn(LocalDate date) {
        return suspensions.stream().filter(suspension -> suspension.covers(date)).findFirst()
                .map(suspension -> "暂停计时：" + suspension.reason());
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
