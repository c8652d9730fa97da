package org.opencounty.services.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.opencounty.review.ReviewState;
import org.opencounty.services.CatalogueEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The history of a catalogue entry: who did what, when and why. */
@Repository
public class CatalogueHistory {

    private final JdbcClient jdbc;

    CatalogueHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long entryId, Long revisionId, Instant at, String actor, String action, ReviewState from, ReviewState to, String reason) {
        jdbc.sql("""
                insert into catalogue_event (entry_id, revision_id, at, actor, action, from_state, to_state, reason)
                values (:entry, :revision, :at, :actor, :action, :from, :to, :reason)""")
                .param("entry", entryId).param("revision", revisionId).param("at", Timestamp.from(at)).param("actor", actor)
                .param("action", action).param("from", from == null ? null : from.name()).param("to", to == null ? null : to.name())
                .param("reason", reason == null ? "" : reason).update();
    }

    public List<CatalogueEvent> of(long entryId) {
        return jdbc.sql("select at, actor, action, from_state, to_state, reason from catalogue_event where entry_id = :entry order by id")
                .param("entry", entryId)
                .query((rs, n) -> new CatalogueEvent(rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("action"),
                        rs.getString("from_state"), rs.getString("to_state"), rs.getString("reason")))
                .list();
    }
}
