package org.opencounty.interaction;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.opencounty.IntegrationTest;
import org.opencounty.TimeMachine;
import org.opencounty.calendar.WorkingDays;
import org.springframework.beans.factory.annotation.Autowired;

/** What the tests of 好差评 share: the test clock back to its start and no messages counted after each, the fixtures. */
abstract class RatingTest extends IntegrationTest {

    @Autowired
    RateLimits rateLimits;

    @Autowired
    TimeMachine time;

    @Autowired
    WorkingDays calendar;

    RatingFixtures fixtures;

    @BeforeEach
    void fixtures() {
        rateLimits.forgetAll();
        fixtures = new RatingFixtures(mvc, this::tokenFor, rateLimits);
    }

    @AfterEach
    void backToNow() {
        time.reset();
        rateLimits.forgetAll();
    }
}
