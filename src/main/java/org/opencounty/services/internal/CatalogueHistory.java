package org.opencounty.services.internal;

import org.opencounty.review.ReviewHistory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The history of a catalogue entry: who did what, when and why. */
@Repository
public class CatalogueHistory extends ReviewHistory {

    CatalogueHistory(JdbcClient jdbc) {
        super(jdbc, "catalogue_event", "entry_id", "catalogue_revision");
    }
}
