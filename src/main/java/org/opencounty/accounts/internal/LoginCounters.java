package org.opencounty.accounts.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * An account's failed-login count and lock, changed by single statements: parallel attempts each count once and
 * never collide on the entity's version (which is the administrators' edit check, not the login's).
 */
@Repository
public class LoginCounters {

    private final JdbcClient jdbc;

    LoginCounters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts one failure unless the account is locked already; the failure that reaches the maximum locks it.
     * Empty when a concurrent attempt locked the account first (this one is then not counted); otherwise whether
     * this failure locked it.
     */
    public Optional<Boolean> countFailure(long accountId, Instant now, int maxFailures, Duration lockDuration) {
        return jdbc.sql("""
                        update account set
                            failed_logins = case when failed_logins + 1 >= :max then 0 else failed_logins + 1 end,
                            locked_until = case when failed_logins + 1 >= :max then :until else locked_until end
                        where id = :id and (locked_until is null or locked_until <= :now)
                        returning locked_until is not null and locked_until > :now""")
                .param("max", maxFailures).param("until", Timestamp.from(now.plus(lockDuration)))
                .param("id", accountId).param("now", Timestamp.from(now))
                .query(Boolean.class).optional();
    }

    /** Clears the count after a good password; false when a concurrent attempt locked the account meanwhile. */
    public boolean recordSuccess(long accountId, Instant now) {
        return jdbc.sql("""
                        update account set failed_logins = 0, locked_until = null, last_login_at = :now
                        where id = :id and (locked_until is null or locked_until <= :now)""")
                .param("id", accountId).param("now", Timestamp.from(now)).update() == 1;
    }

    /**
     * Whether a session signed in with this stamp may go on: the account is enabled and nothing has ended its
     * sessions since. Plain JDBC, one indexed read per request.
     */
    public boolean sessionStillValid(long accountId, long securityStamp) {
        return jdbc.sql("select security_stamp from account where id = :id and enabled")
                .param("id", accountId).query(Long.class).optional()
                .map(stamp -> stamp == securityStamp).orElse(false);
    }
}
