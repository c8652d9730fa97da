package org.opencounty.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * An open case on the board. {@code dueOn} is the limit that governs the case in its state (acceptance while
 * SUBMITTED, the promise while ACCEPTED, delivery once decided); {@code remainingWorkingDays} counts from today,
 * 0 on the due date and negative when overdue, and is null while the clock is suspended or has no due date.
 * {@code region} is the calendar the case counts in, so that the board can explain the count.
 */
public record BoardCase(long applicationId, String unitCode, String unitName, String itemName, String state, String stateLabel,
                        String handler, LocalDate dueOn, Integer remainingWorkingDays, boolean suspended, boolean provisional,
                        List<SignalType> signals, String region) {

    public BoardCase {
        signals = List.copyOf(signals);
    }
}
