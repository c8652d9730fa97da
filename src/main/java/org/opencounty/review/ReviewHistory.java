package org.opencounty.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The own history of each submission, shown to its unit's staff and its reviewers (the audit log keeps the
 * platform-wide record): one table for every kind, keyed by the kind's name and the submission's id.
 */
@Repository
public class ReviewHistory {

    private static final Pattern TABLE = Pattern.compile("[a-z_]+");

    private final JdbcClient jdbc;

    ReviewHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Everybody who wrote, attached to or submitted the revision, not only its last author: none of them may
     * approve it. Empty when there is no revision (nothing is in review then).
     */
    public Set<String> contributors(SubmissionKind<?> kind, Long revisionId) {
        if (revisionId == null) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                        select distinct actor from review_event where kind = :kind and revision_id = :revision
                          and action in ('create', 'edit', 'attach', 'submit')""")
                .param("kind", kind.name()).param("revision", revisionId).query(String.class).list());
    }

    /**
     * Who approved the revision at an earlier step since it was last submitted: the next step needs another
     * person (issue 16.8), whatever roles they hold. Empty when there is no revision.
     */
    public Set<String> approvers(SubmissionKind<?> kind, Long revisionId) {
        if (revisionId == null) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                        select distinct actor from review_event where kind = :kind and revision_id = :revision and action = 'approve'
                          and id > coalesce((select max(id) from review_event
                                             where kind = :kind and revision_id = :revision and action = 'submit'), 0)""")
                .param("kind", kind.name()).param("revision", revisionId).query(String.class).list());
    }

    public void record(SubmissionKind<?> kind, long subjectId, Long revisionId, Instant at, String actor, String action,
                       ReviewState from, ReviewState to, String reason) {
        jdbc.sql("""
                        insert into review_event (kind, subject_id, revision_id, at, actor, action, from_state, to_state, reason)
                        values (:kind, :subject, :revision, :at, :actor, :action, :from, :to, :reason)""")
                .param("kind", kind.name()).param("subject", subjectId).param("revision", revisionId)
                .param("at", Timestamp.from(at)).param("actor", actor).param("action", action)
                .param("from", from == null ? null : from.name()).param("to", to == null ? null : to.name())
                .param("reason", reason == null ? "" : reason)
                .update();
    }

    /** The submission's history in order, with the number of the revision each step was about. */
    public List<ReviewEvent> of(SubmissionKind<?> kind, long subjectId) {
        return of(kind, List.of(subjectId)).getOrDefault(subjectId, List.of());
    }

    /** The histories of several submissions of a kind (a list's page) in one statement, by subject. */
    public Map<Long, List<ReviewEvent>> of(SubmissionKind<?> kind, Collection<Long> subjectIds) {
        // The revision table is the kind's constant (checked here), never input; its numbers are the kind's own.
        String revisions = kind.names().revisionTable();
        if (!TABLE.matcher(revisions).matches()) {
            throw new IllegalArgumentException("not a table name: " + revisions);
        }
        Map<Long, List<ReviewEvent>> histories = new HashMap<>();
        if (subjectIds.isEmpty()) {
            return histories;
        }
        jdbc.sql("select e.subject_id, e.at, e.actor, e.action, e.from_state, e.to_state, r.number, e.reason from review_event e"
                        + " left join " + revisions + " r on r.id = e.revision_id"
                        + " where e.kind = :kind and e.subject_id in (:subjects) order by e.id")
                .param("kind", kind.name()).param("subjects", subjectIds)
                .query(rs -> {
                    histories.computeIfAbsent(rs.getLong("subject_id"), id -> new ArrayList<>()).add(new ReviewEvent(
                            rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("action"),
                            state(rs.getString("from_state")), state(rs.getString("to_state")), (Integer) rs.getObject("number"),
                            rs.getString("reason")));
                });
        return histories;
    }

    private static ReviewState state(String name) {
        return name == null ? null : ReviewState.valueOf(name);
    }
}
