package o11yshop.platform.web.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * One dependency's part of readiness (SVC-06), cheap and bounded whatever the dependency does. The check
 * runs at most once per {@link #TIME_TO_LIVE}, so a load balancer probing every few seconds does not
 * hammer the dependency; it runs on a thread of its own, and a probe waits for it at most its timeout — a
 * dependency that hangs reads as down after that, never as a hanging probe. Probes that come while a check
 * runs wait for that one instead of starting another.
 * <p>
 * The public answer is a status and a reason a learner can act on. What went wrong technically (an
 * address, a library's message) goes to one log line when the state changes, not to the health body and
 * not to every probe.
 */
public final class DependencyCheck {

    /** Neither DOWN nor UP: the service still serves, without what this dependency gives (HTTP 200). */
    public static final Status DEGRADED = new Status("DEGRADED");
    /** How long an answer is reused before the dependency is asked again. */
    public static final Duration TIME_TO_LIVE = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(DependencyCheck.class);

    /**
     * What a check does: returns when the dependency is fine; throws {@link Failed} for a failure it can
     * explain better than "unreachable", anything else when the dependency cannot be reached at all.
     */
    @FunctionalInterface
    public interface Probe {
        void check() throws Exception;
    }

    /** A failure with its own public answer; the exception's cause is what the log line tells. */
    public static final class Failed extends Exception {

        private final transient Health answer;

        public Failed(Health answer, Exception cause) {
            super(cause);
            this.answer = answer;
        }
    }

    private record Outcome(Health health, String cause) {
    }

    private final String dependency;
    private final Duration timeout;
    private final Health whenUnreachable;
    private final Probe probe;
    private final Clock clock;
    private final Executor ownThread;
    private final Object lock = new Object();
    private Outcome last;
    private Instant checkedAt = Instant.MIN;
    private CompletableFuture<Outcome> running;

    /**
     * @param dependency how the log lines name it
     * @param timeout the longest a probe waits for the check
     * @param whenUnreachable the answer when the probe throws or takes longer than the timeout
     */
    public DependencyCheck(String dependency, Duration timeout, Health whenUnreachable, Probe probe) {
        this(dependency, timeout, whenUnreachable, probe, Clock.systemUTC());
    }

    DependencyCheck(String dependency, Duration timeout, Health whenUnreachable, Probe probe, Clock clock) {
        this.dependency = dependency;
        this.timeout = timeout;
        this.whenUnreachable = whenUnreachable;
        this.probe = probe;
        this.clock = clock;
        this.ownThread = task -> Thread.ofVirtual().name("readiness-" + dependency).start(task);
    }

    public static Health up() {
        return Health.up().build();
    }

    public static Health degraded(String reason) {
        return Health.status(DEGRADED).withDetail("reason", reason).build();
    }

    public static Health down(String reason) {
        return Health.down().withDetail("reason", reason).build();
    }

    /** The last answer while it is fresh; otherwise a new one, waited for at most the timeout. */
    public Health health() {
        CompletableFuture<Outcome> check;
        synchronized (lock) {
            if (last != null && clock.instant().isBefore(checkedAt.plus(TIME_TO_LIVE))) {
                return last.health();
            }
            // a check that ended has been remembered: it is not waited for, it is repeated
            if (running == null || running.isDone()) {
                running = CompletableFuture.supplyAsync(this::probeOnce, ownThread)
                        .completeOnTimeout(new Outcome(whenUnreachable, "no answer within " + timeout.toMillis() + " ms"),
                                timeout.toMillis(), TimeUnit.MILLISECONDS)
                        .thenApply(this::remember);
            }
            check = running;
        }
        return check.join().health();
    }

    private Outcome probeOnce() {
        try {
            probe.check();
            return new Outcome(up(), "");
        } catch (Failed e) {
            return new Outcome(e.answer, describe(e.getCause()));
        } catch (Exception e) {
            return new Outcome(whenUnreachable, describe(e));
        }
    }

    /** The exception and, where it wraps another, the root cause: "I/O error …" alone does not say "refused". */
    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String described = e.getClass().getSimpleName() + ": " + e.getMessage();
        return root == e ? described : described + " <- " + root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private Outcome remember(Outcome outcome) {
        synchronized (lock) {
            Status before = last == null ? Status.UP : last.health().getStatus();
            Status now = outcome.health().getStatus();
            if (!Objects.equals(before, now)) {
                if (Status.UP.equals(now)) {
                    log.info("Readiness: {} is UP again", dependency);
                } else {
                    log.warn("Readiness: {} is {}: {} ({})", dependency, now.getCode(),
                            outcome.health().getDetails().get("reason"), outcome.cause());
                }
            }
            last = outcome;
            checkedAt = clock.instant();
        }
        return outcome;
    }
}
