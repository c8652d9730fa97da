package org.opencounty.accounts;

import java.time.Clock;
import java.time.Instant;
import org.opencounty.accounts.internal.AccountRepository;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.ActorPrincipal;
import org.opencounty.units.Unit;
import org.opencounty.units.Units;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a username and password for both the login form and the token endpoint: counts failures,
 * locks the account after too many, and audits every attempt.
 */
@Service
public class Authenticator {


    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Units units;
    private final AuditLog audit;
    private final SecuritySettings settings;
    private final Clock clock;
    /** Compared against when the user does not exist, so that timing does not reveal which names exist. */
    private final String unknownUserHash;

    Authenticator(AccountRepository accounts, PasswordEncoder encoder, Units units, AuditLog audit,
                  SecuritySettings settings, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.units = units;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        this.unknownUserHash = encoder.encode("no-such-user");
    }

    @Transactional(noRollbackFor = LoginRefusedException.class)
    public ActorPrincipal authenticate(String username, String password) {
        String name = username == null ? "" : username.strip();
        Account account = accounts.findByUsername(name).orElse(null);
        Instant now = clock.instant();
        if (account == null) {
            encoder.matches(password == null ? "" : password, unknownUserHash);
            refuse(name, "", AuthenticationOutcome.BAD_CREDENTIALS, "unknown user");
        }
        String unitCode = unitCodeOf(account);
        if (!account.enabled()) {
            refuse(name, unitCode, AuthenticationOutcome.ACCOUNT_DISABLED, "disabled");
        }
        if (account.isLocked(now)) {
            refuse(name, unitCode, AuthenticationOutcome.ACCOUNT_LOCKED, "locked until " + account.lockedUntil());
        }
        if (password == null || !encoder.matches(password, account.passwordHash())) {
            boolean locked = account.failLogin(now, settings.maxFailedLogins(), settings.lockDuration());
            accounts.save(account);
            if (locked) {
                refuse(name, unitCode, AuthenticationOutcome.ACCOUNT_LOCKED, "wrong password; account locked until " + account.lockedUntil());
            }
            refuse(name, unitCode, AuthenticationOutcome.BAD_CREDENTIALS, "wrong password");
        }
        account.succeedLogin(now);
        accounts.save(account);
        audit.record(name, unitCode, "login", "account:" + name, AuditResult.SUCCESS, "");
        return principalOf(account);
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
        audit.record(username, unitCode == null ? "" : unitCode, "login", "account:" + username, AuditResult.FAILURE,
                outcome.name() + ": " + details);
        throw new LoginRefusedException(outcome, switch (outcome) {
            case BAD_CREDENTIALS -> "用户名或密码错误";
            case ACCOUNT_LOCKED -> "登录失败次数过多，账号已锁定" + settings.lockDuration().toMinutes() + "分钟，请稍后再试";
            case ACCOUNT_DISABLED -> "账号已停用，请联系管理员";
        });
    }
}
