package org.opencounty;

import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;

/**
 * Where a start's time goes, on request: with {@code -Dopencounty.startup.steps=N} the context records its startup
 * steps (bean creations, configuration class parsing, the refresh) and the N longest are logged once it has started.
 * Off by default, because recording every step costs time itself (docs/adr/0030-start.md).
 */
final class StartupSteps {

    static final String PROPERTY = "opencounty.startup.steps";
    private static final Logger log = LoggerFactory.getLogger(StartupSteps.class);

    private final BufferingApplicationStartup recording;
    private final int shown;

    private StartupSteps(BufferingApplicationStartup recording, int shown) {
        this.recording = recording;
        this.shown = shown;
    }

    /** Records the application's steps when the property asks for it; otherwise does nothing. */
    static StartupSteps recordIfAsked(SpringApplication application) {
        int shown = Integer.getInteger(PROPERTY, 0);
        if (shown <= 0) {
            return new StartupSteps(null, 0);
        }
        BufferingApplicationStartup recording = new BufferingApplicationStartup(100_000);
        application.setApplicationStartup(recording);
        return new StartupSteps(recording, shown);
    }

    /** Logs the longest steps (a step's time includes the steps inside it, e.g. the beans a bean needs). */
    void logLongest() {
        if (recording == null) {
            return;
        }
        String lines = recording.getBufferedTimeline().getEvents().stream()
                .sorted(Comparator.comparing(TimelineEvent::getDuration).reversed())
                .limit(shown)
                .map(event -> "%6d ms  %s %s".formatted(event.getDuration().toMillis(), event.getStartupStep().getName(),
                        StreamSupport.stream(event.getStartupStep().getTags().spliterator(), false)
                                .map(tag -> tag.getKey() + "=" + tag.getValue())
                                .collect(Collectors.joining(" "))))
                .collect(Collectors.joining("\n"));
        log.info("The {} longest startup steps:\n{}", shown, lines);
    }
}
