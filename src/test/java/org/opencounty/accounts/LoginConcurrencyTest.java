package org.opencounty.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.opencounty.IntegrationTest;
import org.opencounty.TestAccounts;
import org.opencounty.common.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Forty wrong passwords at once once escaped the count (28 answered 409, 12 audited). Every attempt must be counted
 * once and audited once, none answered 409, whether they come from one address or from forty.
 */
class LoginConcurrencyTest extends IntegrationTest {

    private static final int ATTEMPTS = 40;

    @Autowired
    org.opencounty.TimeMachine time;

    @Autowired
    TestAccounts testAccounts;

    @Test
    void fortyParallelWrongPasswordsFromManyAddressesLockTheAccountOnceAndAreAllAudited() throws Exception {
        String username = testAccounts.staff("market", Role.INFO_OFFICER, false);
        Map<Integer, Integer> statuses = race(username, attempt -> "10.7.1." + attempt);
        // Four failures are counted and answered as such; the fifth locks; the rest find it locked.
        assertThat(statuses).isEqualTo(Map.of(401, 4, 423, ATTEMPTS - 4));
        assertThat(audited(username)).isEqualTo(ATTEMPTS);
        assertThat(jdbc.sql("select locked_until > :now from account where username = :u").param("u", username)
                .param("now", java.sql.Timestamp.from(time.instant()))
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where actor = :u and action = 'login'
                        and details like 'ACCOUNT_LOCKED: wrong password%account locked'""")
                .param("u", username).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void fortyParallelWrongPasswordsFromOneAddressAreThrottledAndAllAudited() throws Exception {
        String username = testAccounts.staff("market", Role.INFO_OFFICER, false);
        Map<Integer, Integer> statuses = race(username, attempt -> "10.7.2.1");
        assertThat(statuses).isEqualTo(Map.of(401, 4, 429, ATTEMPTS - 4));
        assertThat(audited(username)).isEqualTo(ATTEMPTS);
        assertThat(jdbc.sql("select failed_logins from account where username = :u").param("u", username)
                .query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void parallelRightPasswordsAllSignIn() throws Exception {
        String username = testAccounts.staff("market", Role.INFO_OFFICER, false);
        // From many addresses: one address has at most four attempts in flight against one name (docs/security.md).
        assertThat(race(username, DEMO_PASSWORD, attempt -> "10.7.3." + attempt)).isEqualTo(Map.of(200, ATTEMPTS));
    }

    private Map<Integer, Integer> race(String username, IntFunction<String> address) throws Exception {
        return race(username, "Wrong#2026", address);
    }

    private Map<Integer, Integer> race(String username, String password, IntFunction<String> address) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(ATTEMPTS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < ATTEMPTS; i++) {
                String from = address.apply(i);
                attempts.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(LoginAndLockoutTest.tokenRequest(username, password).with(LoginAndLockoutTest.from(from)))
                            .andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Integer> attempt : attempts) {
                statuses.merge(attempt.get(120, TimeUnit.SECONDS), 1, Integer::sum);
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private long audited(String username) {
        return jdbc.sql("select count(*) from audit_entry where actor = :u and action = 'login' and result = 'FAILURE'")
                .param("u", username).query(Long.class).single();
    }
}
