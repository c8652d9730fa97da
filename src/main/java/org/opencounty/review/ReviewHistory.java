package org.opencounty.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The own history of each submission, shown to its unit's staff and its reviewers (the audit log keeps the
 * platform-wide record). Each kind of submission keeps it in a table of the same shape (article_event,
 * catalogue_event, unit_profile_event); a module's repository extends this class with its table's names.
 */
public class ReviewHistory {

    private final JdbcClient jdbc;
    private final String insert;
    private final String select;
    private final String contributors;
    private final String approvers;

    /**
     * {@code table} has a column {@code subjectColumn} for the submission and the columns revision_id, at, actor, action,
     * from_state, to_state and reason; revision numbers come from {@code revisionTable}. The names are the modules'
     * constants, never input.
     */
    protected ReviewHistory(JdbcClient jdbc, String table, String subjectColumn, String revisionTable) {
        this.jdbc = jdbc;
        this.insert = "insert into " + table + " (" + subjectColumn + ", revision_id, at, actor, action, from_state, to_state, reason)"
                + " values (:subject, :revision, :at, :actor, :action, :from, :to, :reason)";
        this.select = "select e.at, e.actor, e.action, e.from_state, e.to_state, r.number, e.reason from " + table + " e"
                + " left join " + revisionTable + " r on r.id = e.revision_id where e." + subjectColumn + " = :subject order by e.id";
        this.contributors = "select distinct actor from " + table + " where revision_id = :revision"
                + " and action in ('create', 'edit', 'attach', 'submit')";
        this.approvers = "select distinct actor from " + table + " where revision_id = :revision and action = 'approve'"
                + " and id > coalesce((select max(id) from " + table + " where revision_id = :revision and action = 'submit'), 0)";
    }

    /**
     * Who approved the revision at an earlier step since it was last submitted: the next step needs another
     * person (issue 16.8), whatever roles they hold. Empty when there is no revision.
     */
    public Set<String> approvers(Long revisionId) {
        if (revisionId == null) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql(approvers).param("revision", revisionId).query(String.class).list());
    }

    /**
     * Everybody who wrote, attached to or submitted the revision, not only its last author: none of them may
     * approve it. Empty when there is no revision (nothing is in review then).
     */
    public Set<String> contributors(Long revisionId) {
        if (revisionId == null) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql(contributors).param("revision", revisionId).query(String.class).list());
    }

    public void record(long subjectId, Long revisionId, Instant at, String actor, String action, ReviewState from,
                       ReviewState to, String reason) {
        jdbc.sql(insert)
                .param("subject", subjectId).param("revision", revisionId).param("at", Timestamp.from(at))
                .param("actor", actor).param("action", action).param("from", from == null ? null : from.name())
                .param("to", to == null ? null : to.name()).param("reason", reason == null ? "" : reason)
                .update();
    }

    public List<ReviewEvent> of(long subjectId) {
        return jdbc.sql(select)
                .param("subject", subjectId)
                .query((rs, n) -> new ReviewEvent(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), state(rs.getString("from_state")), state(rs.getString("to_state")),
                        (Integer) rs.getObject("number"), rs.getString("reason")))
                .list();
    }

    private static ReviewState state(String name) {
        return name == null ? null : ReviewState.valueOf(name);
    }
}
