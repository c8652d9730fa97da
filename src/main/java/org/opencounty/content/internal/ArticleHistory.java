package org.opencounty.content.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.opencounty.content.ArticleEvent;
import org.opencounty.review.ReviewState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The article's own history, shown to its staff and reviewers (the audit log keeps the platform-wide record). */
@Repository
public class ArticleHistory {

    private final JdbcClient jdbc;

    ArticleHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long articleId, Long revisionId, Instant at, String actor, String action, ReviewState from,
                       ReviewState to, String reason) {
        jdbc.sql("""
                insert into article_event (article_id, revision_id, at, actor, action, from_state, to_state, reason)
                values (:article, :revision, :at, :actor, :action, :from, :to, :reason)""")
                .param("article", articleId).param("revision", revisionId).param("at", Timestamp.from(at))
                .param("actor", actor).param("action", action).param("from", from == null ? null : from.name())
                .param("to", to == null ? null : to.name()).param("reason", reason == null ? "" : reason)
                .update();
    }

    public List<ArticleEvent> of(long articleId) {
        return jdbc.sql("""
                select e.at, e.actor, e.action, e.from_state, e.to_state, r.number, e.reason
                from article_event e left join article_revision r on r.id = e.revision_id
                where e.article_id = :article order by e.id""")
                .param("article", articleId)
                .query((rs, n) -> new ArticleEvent(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), state(rs.getString("from_state")), state(rs.getString("to_state")),
                        (Integer) rs.getObject("number"), rs.getString("reason")))
                .list();
    }

    private static ReviewState state(String name) {
        return name == null ? null : ReviewState.valueOf(name);
    }
}
