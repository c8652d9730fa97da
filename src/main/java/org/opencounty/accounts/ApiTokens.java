package org.opencounty.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.opencounty.accounts.internal.AccountRepository;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.ActorPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bearer tokens for the API: random, stored only as a hash, expiring. */
@Service
public class ApiTokens {

    public record IssuedToken(String token, Instant expiresAt, boolean passwordChangeRequired) {
    }

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final Authenticator authenticator;
    private final SecuritySettings settings;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, AccountRepository accounts, Authenticator authenticator, SecuritySettings settings,
              AuditLog audit, Clock clock) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.authenticator = authenticator;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public IssuedToken issue(ActorPrincipal principal) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = clock.instant().plus(settings.tokenLifetime());
        jdbc.sql("insert into api_token (token_hash, account_id, expires_at) values (:hash, :account, :expires)")
                .param("hash", hash(token)).param("account", principal.actor().accountId())
                .param("expires", Timestamp.from(expiresAt)).update();
        jdbc.sql("delete from api_token where expires_at < :now").param("now", Timestamp.from(clock.instant())).update();
        return new IssuedToken(token, expiresAt, principal.mustChangePassword());
    }

    /** The principal behind a valid token; an expired token, or one of a disabled or locked account, is refused. */
    @Transactional(readOnly = true)
    public Optional<ActorPrincipal> resolve(String token) {
        Instant now = clock.instant();
        return jdbc.sql("select account_id from api_token where token_hash = :hash and expires_at > :now")
                .param("hash", hash(token)).param("now", Timestamp.from(now)).query(Long.class).optional()
                .flatMap(accounts::findById)
                .filter(account -> account.enabled() && !account.isLocked(now))
                .map(authenticator::principalOf);
    }

    /** Ends the one token its holder presented (the API's sign-out); the person's other tokens stay valid. */
    @Transactional
    public void signOut(Actor actor, String token) {
        jdbc.sql("delete from api_token where token_hash = :hash and account_id = :account")
                .param("hash", hash(token)).param("account", actor.accountId()).update();
        audit.record("logout", "account:" + actor.username(), AuditResult.SUCCESS, "api token");
    }

    @Transactional
    public void revokeAll(long accountId) {
        jdbc.sql("delete from api_token where account_id = :account").param("account", accountId).update();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
