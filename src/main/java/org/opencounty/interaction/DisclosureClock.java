package org.opencounty.interaction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opencounty.calendar.DueDate;
import org.opencounty.calendar.Region;
import org.opencounty.calendar.WorkingDayClock;
import org.opencounty.calendar.WorkingDays;

/**
 * The clocks of a disclosure request (条例 art. 30–34), as a {@link WorkingDayClock} derived from the request's facts:
 * <ul>
 * <li>a 补正 notice may be sent within {@value #CORRECTION_NOTICE_DAYS} working days of receipt (art. 30), once;</li>
 * <li>the answer is due {@value #ANSWER_DAYS} working days after receipt (art. 33), or after the day the correction
 *     was received: the period starts again then (art. 30);</li>
 * <li>one extension of at most {@value #MAX_EXTENSION_DAYS} working days, approved by the office's head (art. 33);</li>
 * <li>a third party has {@value #CONSULTATION_DAYS} working days to answer a consultation (art. 32), and the time
 *     of the consultation does not count: the days after the letter went out up to the day the answer came (or the
 *     fifteenth working day, when it does not come) are a suspension of the clock.</li>
 * </ul>
 *
 * @param receivedOn           the day of receipt (art. 31); it does not count
 * @param correctionReceivedOn the day the applicant's correction came in, or null
 * @param consultations        in time order
 * @param extensionDays        0 or the one extension's days
 */
public record DisclosureClock(LocalDate receivedOn, Region region, LocalDate correctionReceivedOn, List<Consultation> consultations,
                              int extensionDays) {

    public static final int CORRECTION_NOTICE_DAYS = 7;
    public static final int ANSWER_DAYS = 20;
    public static final int MAX_EXTENSION_DAYS = 20;
    public static final int CONSULTATION_DAYS = 15;

    /** A written consultation of a third party (or a co-producing agency): sent on a day, answered on a day or not yet. */
    public record Consultation(LocalDate sentOn, LocalDate answeredOn) {
    }

    public DisclosureClock {
        consultations = List.copyOf(consultations);
    }

    /** The last day a 补正 notice may be sent. */
    public DueDate correctionNoticeDue(WorkingDays calendar) {
        return calendar.dueDate(receivedOn, CORRECTION_NOTICE_DAYS, region);
    }

    /** The day a consultation sent on {@code sentOn} ends when the third party stays silent. */
    public LocalDate consultationEnds(LocalDate sentOn, WorkingDays calendar) {
        return calendar.dueDate(sentOn, CONSULTATION_DAYS, region).dueDate();
    }

    /** The day the answer period runs from: receipt, or the correction's receipt, which restarts it. */
    public LocalDate start() {
        return correctionReceivedOn == null ? receivedOn : correctionReceivedOn;
    }

    /**
     * The answer clock. A consultation still waiting for its answer is counted as lasting its full fifteen working
     * days, so that the due date shown is the latest the law allows and moves earlier, never later, when the answer
     * comes sooner.
     */
    public WorkingDayClock answerClock(WorkingDays calendar) {
        WorkingDayClock clock = WorkingDayClock.start(start(), ANSWER_DAYS, region);
        for (Consultation consultation : consultations) {
            if (consultation.sentOn().isBefore(start())) {
                continue;
            }
            LocalDate last = consultation.answeredOn() != null ? consultation.answeredOn() : consultationEnds(consultation.sentOn(), calendar);
            LocalDate first = consultation.sentOn().plusDays(1);
            if (last.isBefore(first)) {
                continue;
            }
            clock = clock.suspend("第三方", "征求第三方意见", first, "《中华人民共和国政府信息公开条例》第三十二条、第三十三条").resume(last);
        }
        if (extensionDays > 0) {
            clock = clock.extend("工作机构负责人", extensionDays, "延长答复期限");
        }
        return clock;
    }

    public DueDate answerDue(WorkingDays calendar) {
        return answerClock(calendar).dueDate(calendar).orElseThrow();
    }

    public int remainingWorkingDays(LocalDate today, WorkingDays calendar) {
        return answerClock(calendar).remainingWorkingDays(today, calendar);
    }

    public DisclosureClock withConsultation(Consultation consultation) {
        List<Consultation> all = new ArrayList<>(consultations);
        all.add(consultation);
        return new DisclosureClock(receivedOn, region, correctionReceivedOn, all, extensionDays);
    }

    public Optional<Consultation> openConsultation() {
        return consultations.isEmpty() || consultations.getLast().answeredOn() != null ? Optional.empty() : Optional.of(consultations.getLast());
    }
}
