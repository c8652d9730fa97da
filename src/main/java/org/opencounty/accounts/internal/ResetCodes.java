package org.opencounty.accounts.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored one-time codes of password recovery; each attempt is taken by one statement, so parallel guesses count. */
@Repository
public class ResetCodes {

    public record Taken(long id, String codeHash) {
    }

    private final JdbcClient jdbc;

    ResetCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new code replaces any earlier one of the account. */
    public void issue(long accountId, String codeHash, Instant now, Instant expiresAt, String clientAddress) {
        jdbc.sql("update password_reset_code set used_at = :now where account_id = :account and used_at is null")
                .param("now", Timestamp.from(now)).param("account", accountId).update();
        jdbc.sql("""
                        insert into password_reset_code (account_id, code_hash, created_at, expires_at, client_address)
                        values (:account, :hash, :now, :expires, :address)""")
                .param("account", accountId).param("hash", codeHash).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expiresAt)).param("address", clientAddress).update();
    }

    /** Uses up one attempt of the account's live code; empty when it has none (expired, used, or out of attempts). */
    public Optional<Taken> takeAttempt(long accountId, Instant now, int maxAttempts) {
        return jdbc.sql("""
                        update password_reset_code set attempts = attempts + 1
                        where id = (select max(id) from password_reset_code where account_id = :account)
                          and used_at is null and expires_at > :now and attempts < :max
                        returning id, code_hash""")
                .param("account", accountId).param("now", Timestamp.from(now)).param("max", maxAttempts)
                .query((rs, row) -> new Taken(rs.getLong("id"), rs.getString("code_hash"))).optional();
    }

    /** Gives back an attempt that found the right code but a password the policy refused. */
    public void giveBack(long id) {
        jdbc.sql("update password_reset_code set attempts = attempts - 1 where id = :id and attempts > 0").param("id", id).update();
    }

    /** Marks the code used; false when a parallel request used it first. */
    public boolean use(long id, Instant now) {
        return jdbc.sql("update password_reset_code set used_at = :now where id = :id and used_at is null")
                .param("now", Timestamp.from(now)).param("id", id).update() == 1;
    }
}
