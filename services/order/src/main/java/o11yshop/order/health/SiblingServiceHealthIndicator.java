package o11yshop.order.health;

import java.net.http.HttpClient;
import java.time.Duration;
import o11yshop.platform.web.health.DependencyCheck;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestClient;

/**
 * Another service of the shop as the order service's readiness sees it: its own readiness endpoint,
 * asked with a client of its own (short timeouts, no token, not traced: a probe every few seconds is not
 * a shopper's request). Its readiness already says whether it can work (its database); a sibling that is
 * {@code DEGRADED} answers 200 and counts as up here.
 */
class SiblingServiceHealthIndicator implements HealthIndicator {

    private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);
    // the sibling's readiness runs its own checks, each bounded by a second or two
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);

    private final DependencyCheck check;

    /**
     * @param name the sibling, as the log lines name it
     * @param baseUrl where it answers, its context path included
     * @param whenUnreachable the answer when it does not answer at all
     * @param whenNotReady the answer when its readiness says it cannot work
     */
    SiblingServiceHealthIndicator(String name, String baseUrl, Health whenUnreachable, Health whenNotReady) {
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build());
        requestFactory.setReadTimeout(READ_TIMEOUT);
        RestClient http = RestClient.builder().baseUrl(baseUrl).requestFactory(requestFactory).build();
        this.check = new DependencyCheck(name, READ_TIMEOUT.plus(CONNECT_TIMEOUT), whenUnreachable, () -> {
            try {
                http.get().uri("/actuator/health/readiness").retrieve().toBodilessEntity();
            } catch (HttpStatusCodeException e) {
                throw new DependencyCheck.Failed(whenNotReady, e);
            }
        });
    }

    @Override
    public Health health() {
        return check.health();
    }
}
