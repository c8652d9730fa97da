package org.opencounty.accounts;

import java.time.Clock;
import java.time.Instant;
import org.opencounty.accounts.internal.AccountRepository;
import org.opencounty.accounts.internal.LoginCounters;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.ActorPrincipal;
import org.opencounty.common.web.ClientAddress;
import org.opencounty.units.Unit;
import org.opencounty.units.Units;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * Checks a username and password for both the login form and the token endpoint: throttles the client's address,
 * counts failures once each, locks the account after too many, and audits every attempt, refused or not
 * (docs/security.md, "Accounts and sessions").
 */
@Service
public class Authenticator {

    /** Who signed in, and the account's security stamp at that moment (a session lives while it is unchanged). */
    public record SignedIn(ActorPrincipal principal, long securityStamp) {
    }

    private final AccountRepository accounts;
    private final LoginCounters counters;
    private final LoginThrottle throttle;
    private final PasswordEncoder encoder;
    private final Units units;
    private final AuditLog audit;
    private final SecuritySettings settings;
    private final Clock clock;
    /** Compared against when the user does not exist, so that timing does not reveal which names exist. */
    private final SingletonSupplier<String> unknownUserHash;

    Authenticator(AccountRepository accounts, LoginCounters counters, LoginThrottle throttle, PasswordEncoder encoder,
                  Units units, AuditLog audit, SecuritySettings settings, Clock clock) {
        this.accounts = accounts;
        this.counters = counters;
        this.throttle = throttle;
        this.encoder = encoder;
        this.units = units;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        // Made when first needed: a BCrypt hash at start was on the path to a healthy platform (docs/adr/0030-start.md).
        this.unknownUserHash = SingletonSupplier.of(() -> encoder.encode("no-such-user"));
    }

    /** Signs in from the current request's address. */
    @Transactional(noRollbackFor = LoginRefusedException.class)
    public ActorPrincipal authenticate(String username, String password) {
        return signIn(username, password, ClientAddress.current()).principal();
    }

    @Transactional(noRollbackFor = LoginRefusedException.class)
    public SignedIn signIn(String username, String password, String clientAddress) {
        String name = Usernames.normalise(username);
        String address = clientAddress == null ? "" : clientAddress;
        if (!throttle.admit(address, name)) {
            refuse(name, "", AuthenticationOutcome.THROTTLED, "too many failures from " + address);
        }
        Account account = Usernames.couldExist(name) ? accounts.findByFoldedUsername(name).orElse(null) : null;
        Instant now = clock.instant();
        if (account == null) {
            encoder.matches(password == null ? "" : password, unknownUserHash.obtain());
            boolean lookalikeLock = throttle.failUnknown(name);
            refuse(name, "", lookalikeLock ? AuthenticationOutcome.ACCOUNT_LOCKED : AuthenticationOutcome.BAD_CREDENTIALS,
                    "unknown user");
        }
        String unitCode = unitCodeOf(account);
        if (account.isLocked(now)) {
            refuse(name, unitCode, AuthenticationOutcome.ACCOUNT_LOCKED, "locked until " + account.lockedUntil());
        }
        if (password == null || !encoder.matches(password, account.passwordHash())) {
            String which = account.enabled() ? "wrong password" : "wrong password, account disabled";
            Boolean locked = counters.countFailure(account.id(), now, settings.maxFailedLogins(), settings.lockDuration())
                    .orElse(null);
            if (locked == null) {
                refuse(name, unitCode, AuthenticationOutcome.ACCOUNT_LOCKED, which + "; locked by a concurrent attempt");
            }
            if (locked) {
                refuse(name, unitCode, AuthenticationOutcome.ACCOUNT_LOCKED, which + "; account locked");
            }
            refuse(name, unitCode, AuthenticationOutcome.BAD_CREDENTIALS, which);
        }
        // Only the right password learns that the account is disabled.
        if (!account.enabled()) {
            refuse(name, unitCode, AuthenticationOutcome.ACCOUNT_DISABLED, "disabled");
        }
        if (!counters.recordSuccess(account.id(), now)) {
            refuse(name, unitCode, AuthenticationOutcome.ACCOUNT_LOCKED, "locked by a concurrent attempt");
        }
        throttle.succeeded(address, name);
        audit.record(account.username(), unitCode == null ? "" : unitCode, "login", "account:" + account.username(),
                AuditResult.SUCCESS, "");
        return new SignedIn(principalOf(account), account.securityStamp());
    }

    /** Builds the principal for an account that is already authenticated (token, session refresh). */
    @Transactional(readOnly = true)
    public ActorPrincipal principalOf(Account account) {
        Unit unit = account.unitId() == null ? null : units.byId(account.unitId()).orElse(null);
        Actor actor = new Actor(account.id(), account.username(), account.displayName(), account.roles(),
                account.unitId(), unit == null ? null : unit.code(), unit == null ? null : unit.name(), account.siteId());
        return new ActorPrincipal(actor, account.passwordHash(), account.mustChangePassword());
    }

    private String unitCodeOf(Account account) {
        if (account.unitId() == null) {
            return null;
        }
        return units.byId(account.unitId()).map(Unit::code).orElse(null);
    }

    private void refuse(String username, String unitCode, AuthenticationOutcome outcome, String details) {
        String who = Usernames.forAudit(username);
        audit.record(who, unitCode == null ? "" : unitCode, "login", "account:" + who, AuditResult.FAILURE,
                outcome.name() + ": " + details);
        throw new LoginRefusedException(outcome, switch (outcome) {
            case BAD_CREDENTIALS -> "用户名或密码错误";
            case ACCOUNT_LOCKED -> "登录失败次数过多，账号已锁定" + settings.lockDuration().toMinutes() + "分钟，请稍后再试";
            case ACCOUNT_DISABLED -> "账号已停用，请联系管理员";
            case THROTTLED -> "登录尝试过于频繁，请" + settings.lockDuration().toMinutes() + "分钟后再试";
        });
    }
}
