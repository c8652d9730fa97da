package org.opencounty.accounts.internal;

import java.util.List;
import java.util.Optional;
import org.opencounty.accounts.Account;
import org.opencounty.accounts.AccountKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    /** By the normalised name (see {@code Usernames}); names stored before normalisation may differ in case. */
    @Query("select a from Account a where lower(a.username) = :name")
    Optional<Account> findByFoldedUsername(String name);

    @Query("select count(a) > 0 from Account a where lower(a.username) = :name")
    boolean existsByFoldedUsername(String name);

    boolean existsByPhone(String phone);

    /** The citizen of a site who registered this phone number or e-mail address (e-mail given in lower case). */
    @Query("select a from Account a where a.siteId = :siteId and a.kind = org.opencounty.accounts.AccountKind.CITIZEN"
            + " and (a.phone = :contact or lower(a.email) = :contact)")
    Optional<Account> findCitizenByContact(long siteId, String contact);

    @Query("select count(a) > 0 from Account a where lower(a.email) = lower(:email)")
    boolean existsByEmailIgnoreCase(String email);

    List<Account> findBySiteIdAndKindOrderByUsername(long siteId, AccountKind kind);

    List<Account> findByUnitIdOrderByUsername(long unitId);

    @Query("select count(a) > 0 from Account a join a.roles r where r = org.opencounty.common.Role.CENTER_ADMIN and a.enabled = true")
    boolean anyEnabledAdministrator();
}
