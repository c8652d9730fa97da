package org.opencounty;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.core.metrics.ApplicationStartup;

/** The startup steps are recorded only when asked for: recording costs time on every start. */
@Tag("fast")
class StartupStepsTest {

    @AfterEach
    void forget() {
        System.clearProperty(StartupSteps.PROPERTY);
    }

    @Test
    void recordsTheStepsWhenAsked() {
        System.setProperty(StartupSteps.PROPERTY, "15");
        SpringApplication application = new SpringApplication(OpenCountyApplication.class);
        StartupSteps.recordIfAsked(application);
        assertThat(application.getApplicationStartup()).isInstanceOf(BufferingApplicationStartup.class);
    }

    @Test
    void recordsNothingByDefault() {
        SpringApplication application = new SpringApplication(OpenCountyApplication.class);
        StartupSteps.recordIfAsked(application).logLongest();
        assertThat(application.getApplicationStartup()).isSameAs(ApplicationStartup.DEFAULT);
    }
}
