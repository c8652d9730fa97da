package org.opencounty;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the calling thread while a test asks it to, so that a test can
 * tell a page that reads a fixed number of times from one that reads once a row. Registered for every integration
 * test (IntegrationTest); counts nothing outside {@link #count}. MockMvc serves a request on the test's thread.
 */
public final class StatementCounter implements StatementInspector {

    /** Something a test does that may throw, such as a MockMvc request. */
    public interface Action {
        void run() throws Exception;
    }

    private static final ThreadLocal<int[]> counting = new ThreadLocal<>();

    public static int count(Action action) throws Exception {
        counting.set(new int[1]);
        try {
            action.run();
            return counting.get()[0];
        } finally {
            counting.remove();
        }
    }

    @Override
    public String inspect(String sql) {
        int[] count = counting.get();
        if (count != null) {
            count[0]++;
        }
        return sql;
    }
}
