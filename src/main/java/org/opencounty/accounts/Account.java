package org.opencounty.accounts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.opencounty.common.Role;

/** A person who signs in: unit staff with roles, or a citizen. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long siteId;
    private String username;
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private AccountKind kind;
    private String displayName;
    private Long unitId;
    private String phone;
    private String email;
    private boolean enabled = true;
    private boolean mustChangePassword;
    @Column(name = "failed_logins")
    private int failedLogins;
    private Instant lockedUntil;
    private Instant createdAt;
    private Instant lastLoginAt;
    /** Raised whenever what a signed-in session stands for changes; sessions signed in before it are ended. */
    private long securityStamp;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
    }

    static Account staff(long siteId, String username, String displayName, long unitId, Set<Role> roles, String passwordHash,
                         Instant now) {
        Account account = new Account();
        account.createdAt = now;
        account.siteId = siteId;
        account.username = username;
        account.displayName = displayName;
        account.kind = AccountKind.STAFF;
        account.unitId = unitId;
        account.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        account.passwordHash = passwordHash;
        return account;
    }

    static Account citizen(long siteId, String username, String displayName, String phone, String email, String passwordHash,
                           Instant now) {
        Account account = new Account();
        account.createdAt = now;
        account.siteId = siteId;
        account.username = username;
        account.displayName = displayName;
        account.kind = AccountKind.CITIZEN;
        account.phone = phone;
        account.email = email;
        account.roles = EnumSet.of(Role.CITIZEN);
        account.passwordHash = passwordHash;
        return account;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    void changePassword(String newHash, boolean mustChangeNext) {
        this.passwordHash = newHash;
        this.mustChangePassword = mustChangeNext;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    /** Ends every session signed in so far (the session filter compares stamps); tokens are revoked beside it. */
    void endSessions() {
        securityStamp++;
    }

    void assignRoles(Set<Role> newRoles) {
        this.roles = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
    }

    void moveToUnit(long unitId) {
        this.unitId = unitId;
    }

    void rename(String displayName) {
        this.displayName = displayName;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Long id() { return id; }
    public Long siteId() { return siteId; }
    public String username() { return username; }
    String passwordHash() { return passwordHash; }
    public AccountKind kind() { return kind; }
    public String displayName() { return displayName; }
    public Long unitId() { return unitId; }
    public String phone() { return phone; }
    public String email() { return email; }
    public boolean enabled() { return enabled; }
    public boolean mustChangePassword() { return mustChangePassword; }
    public Instant lockedUntil() { return lockedUntil; }
    public Instant createdAt() { return createdAt; }
    public Instant lastLoginAt() { return lastLoginAt; }
    public Set<Role> roles() { return Set.copyOf(roles); }
    public long version() { return version; }
    public long securityStamp() { return securityStamp; }
}
