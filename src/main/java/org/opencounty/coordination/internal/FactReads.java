package org.opencounty.coordination.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The facts coordination reads from other modules through the views they publish for it (V20_1). */
@Repository
public class FactReads {

    private final JdbcClient jdbc;

    FactReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** When the unit's {@code n}-th live article in the column since {@code since} was published; empty with fewer. */
    public Optional<Instant> nthArticleSince(long unitId, String column, Instant since, int n) {
        return jdbc.sql("""
                        select published_at from coord_article_fact
                        where unit_id = :unit and category = :column and published_at >= :since
                        order by published_at offset :skip limit 1""")
                .param("unit", unitId).param("column", column)
                .param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC)).param("skip", n - 1)
                .query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant);
    }
}
