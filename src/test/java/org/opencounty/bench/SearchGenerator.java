package org.opencounty.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fills a database in bulk with county sites, units and published articles made of the demo's text
 * (bench/search/sites.sql and articles.sql): for the search benchmark and for the test that sites stay apart.
 * Straight into the tables, not through the review chain; the search index is built afterwards.
 */
public final class SearchGenerator {

    private static final Path SCRIPTS = Path.of("bench/search");

    private final Connection db;
    private final boolean includeDefault;

    /** {@code includeDefault}: the demo site receives units and articles too, beside the bench sites. */
    public SearchGenerator(Connection db, boolean includeDefault) {
        this.db = db;
        this.includeDefault = includeDefault;
    }

    /** Adds {@code sites} bench sites and fills each site that receives articles up to {@code units} units. */
    public void sites(int sites, int units) throws SQLException {
        run("sites.sql", "{{SITES}}", sites, "{{UNITS}}", units);
    }

    /** Adds the articles numbered {@code from} to {@code to}, spread over the sites, their units, columns and ten years. */
    public void articles(long from, long to) throws SQLException {
        run("articles.sql", "{{FROM}}", from, "{{TO}}", to);
    }

    private void run(String script, String name1, long value1, String name2, long value2) throws SQLException {
        String sql;
        try {
            sql = Files.readString(SCRIPTS.resolve(script));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sql = sql.replace(name1, Long.toString(value1)).replace(name2, Long.toString(value2))
                .replace("{{INCLUDE_DEFAULT}}", Boolean.toString(includeDefault));
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
