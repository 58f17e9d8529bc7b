package o11yshop.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import o11yshop.platform.testing.ApiClient.Response;
import tools.jackson.databind.JsonNode;

/**
 * A service's {@code /actuator/health/readiness} as a load balancer sees it, for outage tests. Its
 * dependency checks are cached for a few seconds, so a change shows after a while: the waits poll.
 */
public final class Readiness {

    private static final Duration PATIENCE = Duration.ofSeconds(45);
    /** What a public health answer must never show: addresses, a library's or the JVM's words. */
    private static final String[] INTERNALS = {"127.0.0.1", "localhost", "http://", "jdbc:", "Exception", ".java:"};

    private final ApiClient service;

    private Readiness(ApiClient service) {
        this.service = service;
    }

    public static Readiness of(ApiClient service) {
        return new Readiness(service);
    }

    /** The answer once {@code component} has {@code status}; fails after a while. */
    public Response awaitComponent(String component, String status) {
        Instant deadline = Instant.now().plus(PATIENCE);
        Response answer = service.get("/actuator/health/readiness");
        while (!status.equals(statusOf(answer, component)) && Instant.now().isBefore(deadline)) {
            pause();
            answer = service.get("/actuator/health/readiness");
        }
        assertThat(statusOf(answer, component)).as("%s in %s", component, answer.body()).isEqualTo(status);
        return answer;
    }

    /** The component's reason, after checking that it says nothing of the inside. */
    public static String reasonOf(Response answer, String component) {
        String reason = answer.json().path("components").path(component).path("details").path("reason").asString();
        assertThat(reason).as("the reason of %s in %s", component, answer.body()).isNotBlank();
        assertNothingInternal(answer);
        return reason;
    }

    public static void assertNothingInternal(Response answer) {
        for (String internal : INTERNALS) {
            assertThat(answer.body()).as("a public health answer").doesNotContain(internal);
        }
    }

    private static String statusOf(Response answer, String component) {
        return answer.json().path("components").path(component).path("status").asString();
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
