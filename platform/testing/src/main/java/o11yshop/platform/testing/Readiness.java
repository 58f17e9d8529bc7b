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

    /** The whole answer is UP (200), and so is each of {@code components}; it says nothing of the inside. */
    public static void assertAllUp(Response answer, String... components) {
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("status").asString()).as(answer.body()).isEqualTo("UP");
        for (String component : components) {
            assertThat(answer.json().path("components").path(component).path("status").asString())
                    .as(component).isEqualTo("UP");
        }
        assertNothingInternal(answer);
    }

    /**
     * Cuts the link to the database: readiness goes {@code DOWN} (503) saying the database does not
     * answer, while liveness stays 200; once the link is restored, readiness is back (200).
     */
    public void assertDownWithoutTheDatabaseAndBack(TcpProxy databaseLink) {
        awaitComponent("db", "UP");
        databaseLink.cut();
        try {
            Response down = awaitComponent("db", "DOWN");

            assertThat(down.status()).isEqualTo(503);
            assertThat(down.json().path("status").asString()).isEqualTo("DOWN");
            assertThat(reasonOf(down, "db")).contains("database does not answer");
            assertThat(service.get("/actuator/health/liveness").status()).isEqualTo(200);
        } finally {
            databaseLink.restore();
        }
        assertThat(awaitComponent("db", "UP").status()).isEqualTo(200);
    }

    /**
     * Deletes the queue: readiness names its {@code queue} DEGRADED (200) because it does not exist; once
     * the queue is created again, it is back UP.
     */
    public void assertDegradedWhileTheQueueIsMissing(EmbeddedSqs sqs, String queueName) {
        awaitComponent("queue", "UP");
        String queueUrl = sqs.client().getQueueUrl(request -> request.queueName(queueName)).queueUrl();
        sqs.client().deleteQueue(request -> request.queueUrl(queueUrl));
        try {
            Response degraded = awaitComponent("queue", "DEGRADED");

            assertThat(degraded.status()).isEqualTo(200);
            assertThat(reasonOf(degraded, "queue")).contains("does not exist");
        } finally {
            sqs.client().createQueue(request -> request.queueName(queueName));
        }
        awaitComponent("queue", "UP");
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
