package org.opencounty.accounts;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.opencounty.accounts.AccountEvents.AccountChanged;
import org.opencounty.accounts.AccountEvents.CitizenRegistered;
import org.opencounty.accounts.AccountEvents.StaffAccountCreated;
import org.opencounty.accounts.internal.AccountRepository;
import org.opencounty.audit.AuditLog;
import org.opencounty.audit.AuditResult;
import org.opencounty.common.Actor;
import org.opencounty.common.InvalidInputException;
import org.opencounty.common.NotAllowedException;
import org.opencounty.common.NotFoundException;
import org.opencounty.common.Role;
import org.opencounty.units.Unit;
import org.opencounty.units.UnitAccess;
import org.opencounty.units.Units;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts (created by the center's administrators) and citizens' self-registration. */
@Service
public class Accounts {

    private static final Pattern USERNAME = Pattern.compile("^[A-Za-z][A-Za-z0-9_.-]{2,31}$");
    static final Pattern MOBILE = Pattern.compile("^1[3-9][0-9]{9}$");
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Set<Role> STAFF_ROLES = EnumSet.complementOf(EnumSet.of(Role.CITIZEN));

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Units units;
    private final UnitAccess unitAccess;
    private final ApiTokens tokens;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    private final java.time.Clock clock;

    Accounts(AccountRepository accounts, PasswordEncoder encoder, Units units, UnitAccess unitAccess, ApiTokens tokens,
             AuditLog audit, ApplicationEventPublisher events, java.time.Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.encoder = encoder;
        this.units = units;
        this.unitAccess = unitAccess;
        this.tokens = tokens;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(String username) {
        return accounts.findByFoldedUsername(Usernames.normalise(username));
    }

    @Transactional(readOnly = true)
    public List<Account> staffOf(Actor actor) {
        requireAdministrator(actor, "list-accounts", "");
        return accounts.findBySiteIdAndKindOrderByUsername(actor.siteId(), AccountKind.STAFF);
    }

    @Transactional(readOnly = true)
    public Account get(Actor actor, String username) {
        requireAdministrator(actor, "view-account", username);
        return find(username).filter(a -> a.siteId() == actor.siteId())
                .orElseThrow(() -> new NotFoundException("账号不存在"));
    }

    /** Creates a staff account; the initial password must be changed at first login. */
    @Transactional
    public Account createStaff(Actor actor, String username, String displayName, String unitCode, Set<Role> roles,
                               String initialPassword) {
        requireAdministrator(actor, "create", username);
        Map<String, String> errors = new LinkedHashMap<>();
        String name = Usernames.normalise(username);
        checkUsername(name, errors);
        if (clean(displayName).isEmpty()) {
            errors.put("displayName", "请填写姓名");
        }
        Unit unit = units.find(actor.siteId(), clean(unitCode)).orElse(null);
        if (unit == null) {
            errors.put("unitCode", "请选择所属单位");
        }
        checkStaffRoles(roles, errors);
        PasswordPolicy.problemWith(initialPassword, name).ifPresent(problem -> errors.put("password", problem));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Account account = Account.staff(actor.siteId(), name, clean(displayName), unit.id(), roles, encoder.encode(initialPassword), clock.instant());
        account.changePassword(account.passwordHash(), true);
        accounts.save(account);
        audit.record(actor, "account.create", "account:" + name, AuditResult.SUCCESS, "unit " + unit.code() + ", roles " + roles);
        events.publishEvent(new StaffAccountCreated(account.id(), name, unit.code(), actor.username()));
        return account;
    }

    /** A citizen registers with a phone number or an e-mail address. */
    @Transactional
    public Account registerCitizen(long siteId, String username, String displayName, String phone, String email, String password) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = Usernames.normalise(username);
        checkUsername(name, errors);
        String cleanPhone = clean(phone);
        String cleanEmail = clean(email);
        if (cleanPhone.isEmpty() && cleanEmail.isEmpty()) {
            errors.put("phone", "请填写手机号码或电子邮箱");
        }
        if (!cleanPhone.isEmpty() && !MOBILE.matcher(cleanPhone).matches()) {
            errors.put("phone", "手机号码格式不正确");
        } else if (!cleanPhone.isEmpty() && accounts.existsByPhone(cleanPhone)) {
            errors.put("phone", "该手机号码已注册");
        }
        if (!cleanEmail.isEmpty() && !EMAIL.matcher(cleanEmail).matches()) {
            errors.put("email", "电子邮箱格式不正确");
        } else if (!cleanEmail.isEmpty() && accounts.existsByEmailIgnoreCase(cleanEmail)) {
            errors.put("email", "该电子邮箱已注册");
        }
        if (clean(displayName).isEmpty()) {
            errors.put("name", "请填写姓名");
        } else if (clean(displayName).length() > 100) {
            errors.put("name", "姓名不能超过100个字");
        }
        PasswordPolicy.problemWith(password, name).ifPresent(problem -> errors.put("password", problem));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Account account = accounts.save(Account.citizen(siteId, name, clean(displayName),
                cleanPhone.isEmpty() ? null : cleanPhone, cleanEmail.isEmpty() ? null : cleanEmail, encoder.encode(password), clock.instant()));
        audit.record(name, "", "citizen.register", "account:" + name, AuditResult.SUCCESS, "");
        events.publishEvent(new CitizenRegistered(account.id(), name));
        return account;
    }

    /** Changes the actor's own password after checking the current one. */
    @Transactional
    public void changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
        Account account = accounts.findById(actor.accountId()).orElseThrow(() -> new NotFoundException("账号不存在"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
            errors.put("currentPassword", "当前密码不正确");
        }
        PasswordPolicy.problemWith(newPassword, account.username()).ifPresent(problem -> errors.put("newPassword", problem));
        if (errors.isEmpty() && encoder.matches(newPassword, account.passwordHash())) {
            errors.put("newPassword", "新密码不能与当前密码相同");
        }
        if (!errors.isEmpty()) {
            audit.recordIndependently(account.username(), actor.unitCode() == null ? "" : actor.unitCode(),
                    "account.password.change", "account:" + account.username(), AuditResult.FAILURE, String.join(",", errors.keySet()));
            throw new InvalidInputException(errors);
        }
        account.changePassword(encoder.encode(newPassword), false);
        endSessions(account);
        audit.record(actor, "account.password.change", "account:" + account.username(), AuditResult.SUCCESS, "");
        events.publishEvent(new AccountChanged(account.id(), account.username(), "password", actor.username()));
    }

    /** An administrator sets a new password; the owner must change it at next login, and old tokens stop working. */
    @Transactional
    public void resetPassword(Actor actor, String username, String newPassword) {
        Account account = get(actor, username);
        PasswordPolicy.problemWith(newPassword, username).ifPresent(problem -> {
            throw new InvalidInputException(Map.of("password", problem));
        });
        account.changePassword(encoder.encode(newPassword), true);
        endSessions(account);
        audit.record(actor, "account.password.reset", "account:" + username, AuditResult.SUCCESS, "");
        events.publishEvent(new AccountChanged(account.id(), username, "password-reset", actor.username()));
    }

    @Transactional
    public void disable(Actor actor, String username) {
        Account account = get(actor, username);
        if (account.id() == actor.accountId()) {
            throw InvalidInputException.field("username", "不能停用自己的账号");
        }
        account.setEnabled(false);
        endSessions(account);
        audit.record(actor, "account.disable", "account:" + username, AuditResult.SUCCESS, "");
        events.publishEvent(new AccountChanged(account.id(), username, "disabled", actor.username()));
    }

    @Transactional
    public void enable(Actor actor, String username) {
        Account account = get(actor, username);
        account.setEnabled(true);
        account.unlock();
        accounts.save(account);
        audit.record(actor, "account.enable", "account:" + username, AuditResult.SUCCESS, "");
        events.publishEvent(new AccountChanged(account.id(), username, "enabled", actor.username()));
    }

    /** Sets a staff account's roles and unit. An administrator cannot take away their own administration. */
    @Transactional
    public void assign(Actor actor, String username, String unitCode, Set<Role> roles) {
        Account account = get(actor, username);
        Map<String, String> errors = new LinkedHashMap<>();
        if (account.kind() != AccountKind.STAFF) {
            errors.put("roles", "公众账号不能分配工作人员角色");
        }
        checkStaffRoles(roles, errors);
        Unit unit = units.find(actor.siteId(), clean(unitCode)).orElse(null);
        if (unit == null) {
            errors.put("unitCode", "请选择所属单位");
        }
        if (account.id() == actor.accountId() && !roles.contains(Role.CENTER_ADMIN)) {
            errors.put("roles", "不能撤销自己的管理员角色");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Set<Role> before = account.roles();
        account.assignRoles(roles);
        account.moveToUnit(unit.id());
        endSessions(account);
        audit.record(actor, "account.roles.assign", "account:" + username, AuditResult.SUCCESS,
                before + " -> " + roles + ", unit " + unit.code());
        events.publishEvent(new AccountChanged(account.id(), username, "roles", actor.username()));
    }

    /** Demo data and the production bootstrap create accounts without an acting administrator. */
    @Transactional
    public Account bootstrapStaff(long siteId, String username, String displayName, long unitId, Set<Role> roles,
                                  String password, boolean mustChange) {
        Account account = Account.staff(siteId, Usernames.normalise(username), displayName, unitId, roles, encoder.encode(password), clock.instant());
        account.changePassword(account.passwordHash(), mustChange);
        accounts.save(account);
        audit.recordSystem("account.bootstrap", "account:" + username, AuditResult.SUCCESS, "roles " + roles);
        return account;
    }

    @Transactional(readOnly = true)
    public boolean anyAdministrator() {
        return accounts.anyEnabledAdministrator();
    }

    /** A citizen proved by a one-time code that the account is theirs (see {@link PasswordRecovery}). */
    @Transactional
    void recoverPassword(Account account, String newHash) {
        Account managed = accounts.findById(account.id()).orElseThrow();
        managed.changePassword(newHash, false);
        endSessions(managed);
        audit.record(managed.username(), "", "account.password.recover", "account:" + managed.username(), AuditResult.SUCCESS, "");
        events.publishEvent(new AccountChanged(managed.id(), managed.username(), "password-recovered", managed.username()));
    }

    /**
     * Every web session and API token of the account ends with the change being committed: the sessions by the
     * stamp they no longer match, the tokens by being deleted in this transaction.
     */
    private void endSessions(Account account) {
        account.endSessions();
        accounts.save(account);
        tokens.revokeAll(account.id());
    }

    private void requireAdministrator(Actor actor, String action, String username) {
        if (!unitAccess.canAdminister(actor, actor.siteId())) {
            audit.recordIndependently(actor.username(), actor.unitCode() == null ? "" : actor.unitCode(),
                    "account." + action, "account:" + username, AuditResult.DENIED, "");
            throw new NotAllowedException("只有中心管理员可以管理账号");
        }
    }

    private void checkUsername(String name, Map<String, String> errors) {
        if (!USERNAME.matcher(name).matches()) {
            errors.put("username", "用户名须以字母开头，3至32位字母、数字、下划线、点或连字符");
        } else if (accounts.existsByFoldedUsername(name)) {
            errors.put("username", "该用户名已被使用");
        }
    }

    private static void checkStaffRoles(Set<Role> roles, Map<String, String> errors) {
        if (roles == null || roles.isEmpty()) {
            errors.put("roles", "请至少选择一个角色");
        } else if (!STAFF_ROLES.containsAll(roles)) {
            errors.put("roles", "工作人员不能持有公众角色");
        }
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    /** A random password that satisfies the policy, for administrators who reset one. */
    public String generatePassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        StringBuilder sb = new StringBuilder("Oc#");
        for (int i = 0; i < 10; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.append(random.nextInt(10)).toString();
    }
}
