package o11yshop.platform.web.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import o11yshop.platform.web.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** The caching and the bounds of a dependency check, on a clock the test moves. */
class DependencyCheckTest {

    private static final Health UNREACHABLE = DependencyCheck.degraded("does not answer");

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T10:00:00Z"));
    private final AtomicInteger probes = new AtomicInteger();

    @Test
    void anAnswerIsReusedWhileFreshAndAskedAgainAfterwards() {
        DependencyCheck check = new DependencyCheck("fast", Duration.ofSeconds(1), UNREACHABLE, probes::incrementAndGet, clock);

        assertThat(check.health().getStatus()).isEqualTo(Status.UP);
        clock.advance(DependencyCheck.TIME_TO_LIVE.minusMillis(1));
        check.health();
        assertThat(probes).hasValue(1);

        clock.advance(Duration.ofMillis(1));
        check.health();
        clock.advance(DependencyCheck.TIME_TO_LIVE);
        check.health();
        assertThat(probes).hasValue(3);
    }

    @Test
    void aProbeThatThrowsIsUnreachableAndOneThatExplainsGivesItsOwnAnswer() {
        Health missing = DependencyCheck.degraded("does not exist");
        DependencyCheck unreachable = new DependencyCheck("refused", Duration.ofSeconds(1), UNREACHABLE, () -> {
            throw new IllegalStateException("Connect to 10.0.0.1:5432 failed");
        }, clock);
        DependencyCheck explained = new DependencyCheck("missing", Duration.ofSeconds(1), UNREACHABLE, () -> {
            throw new DependencyCheck.Failed(missing, new IllegalStateException("no such queue"));
        }, clock);

        assertThat(unreachable.health()).isEqualTo(UNREACHABLE);
        assertThat(explained.health()).isEqualTo(missing);
        assertThat(missing.getDetails()).containsEntry("reason", "does not exist");
    }

    @Test
    void aProbeThatHangsIsUnreachableAfterTheTimeoutAndIsNotStartedTwice() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        DependencyCheck check = new DependencyCheck("hanging", Duration.ofMillis(200), UNREACHABLE, () -> {
            probes.incrementAndGet();
            release.await();
        }, clock);

        long started = System.nanoTime();
        Health answer = check.health();

        assertThat(answer).isEqualTo(UNREACHABLE);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(check.health()).isEqualTo(UNREACHABLE);
        assertThat(probes).hasValue(1);
        release.countDown();
    }
}
