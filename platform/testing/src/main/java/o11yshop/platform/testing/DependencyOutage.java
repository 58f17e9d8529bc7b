package o11yshop.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import o11yshop.platform.testing.ApiClient.Response;

/**
 * A dependency taken away from a running service and given back: its readiness component turns
 * {@code DEGRADED} while the service stays in ({@code 200}, {@code DEGRADED} as a whole), and is
 * {@code UP} again once the dependency is back.
 */
public final class DependencyOutage {

    /** A step that takes a dependency away or gives it back; it may fail as the test would. */
    @FunctionalInterface
    public interface Step {
        void run() throws Exception;
    }

    private DependencyOutage() {
    }

    /**
     * Waits until {@code component} is up, takes it away with {@code cut}, checks the degraded answer and
     * hands it to {@code whileDegraded}, then gives it back with {@code restore} (even when a check fails).
     *
     * @return the readiness answer once {@code component} is up again
     */
    public static Response assertDegradedUntilRestored(Readiness readiness, String component, Step cut, Step restore,
            Consumer<Response> whileDegraded) throws Exception {
        readiness.awaitComponent(component, "UP");
        cut.run();
        try {
            Response degraded = readiness.awaitComponent(component, "DEGRADED");

            assertThat(degraded.status()).isEqualTo(200);
            assertThat(degraded.json().path("status").asString()).isEqualTo("DEGRADED");
            whileDegraded.accept(degraded);
        } finally {
            restore.run();
        }
        return readiness.awaitComponent(component, "UP");
    }
}
