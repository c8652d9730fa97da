package org.opencounty.common.web;

import java.sql.SQLException;
import org.springframework.dao.DataIntegrityViolationException;

/** A unique constraint's refusal: two requests created the same thing at once (the checks before it both passed). */
public final class UniqueViolation {

    public static final ApiError ERROR = ApiError.of("DUPLICATE", "该记录已存在（可能是重复提交），请刷新后查看");

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolation() {
    }

    public static boolean is(DataIntegrityViolationException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
