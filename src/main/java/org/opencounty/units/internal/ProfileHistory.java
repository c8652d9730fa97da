package org.opencounty.units.internal;

import org.opencounty.review.ReviewHistory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The history of a unit's profile in the review chain: who wrote, submitted, approved or returned which revision. */
@Repository
public class ProfileHistory extends ReviewHistory {

    ProfileHistory(JdbcClient jdbc) {
        super(jdbc, "unit_profile_event", "unit_id", "unit_profile_revision");
    }
}
