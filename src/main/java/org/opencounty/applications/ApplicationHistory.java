package org.opencounty.applications;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What happened to an application, shown to the applicant and the unit (notices, reasons, legal bases). */
@Repository
class ApplicationHistory {

    record Line(long id, Instant at, String actor, String action, String fromState, String toState, String note) {
    }

    private final JdbcClient jdbc;

    ApplicationHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long applicationId, String actor, String action, ApplicationState from, ApplicationState to, String note) {
        jdbc.sql("""
                insert into application_event (application_id, actor, action, from_state, to_state, note)
                values (:id, :actor, :action, :from, :to, :note)""")
                .param("id", applicationId).param("actor", actor).param("action", action)
                .param("from", from == null ? null : from.name()).param("to", to == null ? null : to.name())
                .param("note", note == null ? "" : note).update();
    }

    List<Line> of(long applicationId) {
        return jdbc.sql("select * from application_event where application_id = :id order by id").param("id", applicationId)
                .query((rs, n) -> new Line(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("action"),
                        rs.getString("from_state"), rs.getString("to_state"), rs.getString("note")))
                .list();
    }
}
