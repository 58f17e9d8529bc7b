package o11yshop.identity.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import o11yshop.identity.UtcTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: failed log-ins are counted per e-mail address and per client address,
 * and past a threshold log-in is locked for a period that doubles with every further failure.
 *
 * <p>The counts live in the database, not in memory. In AWS identity runs as several tasks behind the
 * load balancer, which spreads an attacker's attempts over all of them: counts kept per instance would
 * multiply the allowance by the number of tasks, and a restart (or a deployment) would wipe every lock.
 * The price is a row write per failed log-in, which only failing callers pay.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final LoginThrottleRepository repository;
    private final LoginThrottleProperties properties;
    private final LockoutPolicy policy;
    private final Clock clock;

    LoginThrottle(LoginThrottleRepository repository, LoginThrottleProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.policy = new LockoutPolicy(properties.firstLockout(), properties.maxLockout());
        this.clock = clock;
    }

    /**
     * Refuses the attempt while the address or the client is locked, before the password is looked at:
     * a locked account cannot be guessed at even with the right password.
     *
     * @throws TooManyAttemptsException with the time until the later of the locks ends
     */
    @Transactional(readOnly = true)
    public void checkNotLocked(String email, String clientAddress) {
        Instant now = UtcTime.now(clock);
        List<String> keys = keys(email, clientAddress).stream().map(ThrottleKey::value).toList();
        repository.locksEndingAfter(keys, now).stream()
                .max(Comparator.naturalOrder())
                .ifPresent(end -> {
                    throw new TooManyAttemptsException(Duration.between(now, end));
                });
    }

    @Transactional
    public void recordFailure(String email, String clientAddress) {
        Instant now = UtcTime.now(clock);
        // always in the same order, so that two failures sharing a key cannot deadlock on the row locks
        keys(email, clientAddress).stream().sorted().forEach(key -> recordFailure(key, now));
    }

    /**
     * A successful log-in clears the address's count. The client's count runs out with its window
     * instead: otherwise an attacker could reset it between guesses by logging in to an account of their own.
     */
    @Transactional
    public void clearEmail(String email) {
        repository.delete(ThrottleKey.email(email, properties.maxFailuresPerEmail()).value());
    }

    /** Forgets failures nobody counts any more, so that the table stays as small as the recent attempts. */
    @Scheduled(fixedDelayString = "${shop.identity.login-throttle.failure-window}")
    @Transactional
    public void purgeIdleCounts() {
        Instant now = UtcTime.now(clock);
        int purged = repository.deleteIdleSince(now.minus(properties.failureWindow()), now);
        if (purged > 0) {
            log.debug("Forgot {} idle failed-log-in counts", purged);
        }
    }

    private void recordFailure(ThrottleKey key, Instant now) {
        LoginThrottleRepository.FailureCount count = repository.lockOrCreate(key.value(), now);
        boolean windowPassed = count.lastFailureAt().isBefore(now.minus(properties.failureWindow()));
        int failures = windowPassed ? 1 : count.failures() + 1;
        Duration lockout = policy.lockoutAfter(failures, key.tolerated());
        repository.update(key.value(), failures, now, lockout.isZero() ? null : wholeSecondAfter(now.plus(lockout)));
        if (!lockout.isZero()) {
            log.warn("Log-in locked for {} for {} s after {} failures in a row", key.describe(), lockout.toSeconds(), failures);
        }
    }

    /**
     * Locks end on a whole second: {@code Retry-After} counts in whole seconds, and every engine stores
     * such a time exactly (a MariaDB server reached with MySQL's driver drops the fractions, which would
     * end a lock early).
     */
    private static Instant wholeSecondAfter(Instant instant) {
        Instant truncated = instant.truncatedTo(ChronoUnit.SECONDS);
        return truncated.equals(instant) ? instant : truncated.plusSeconds(1);
    }

    private List<ThrottleKey> keys(String email, String clientAddress) {
        return List.of(ThrottleKey.email(email, properties.maxFailuresPerEmail()),
                ThrottleKey.client(clientAddress, properties.maxFailuresPerClient()));
    }
}
