package org.opencounty.common.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database does not answer (stopped, restarting, out of connections) rather than a fault
 * of the request or the code: such a request is answered 503 with a plain "try again" (and nothing it sent was kept),
 * not 500. The embedded server is restarted by its supervisor within seconds (docs/adr/0009-durable-embedded-database.md).
 */
public final class DatabaseUnavailable {

    public static final ApiError ERROR = ApiError.of("DATABASE_UNAVAILABLE", "系统暂时无法访问数据库，请稍后再试；本次提交的内容未保存，请稍后重新提交。");
    /** Seconds a client is asked to wait: the supervisor restarts the embedded server within about that. */
    public static final String RETRY_AFTER = "30";

    private DatabaseUnavailable() {
    }

    public static boolean is(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && connection(sql)) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception) and 57P01–57P03 (the server shutting down, crashed, or not yet accepting). */
    private static boolean connection(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }
}
