package o11yshop.platform.observability.awsnative.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.xray.strategy.sampling.LocalizedSamplingStrategy;
import com.amazonaws.xray.strategy.sampling.SamplingRequest;
import com.amazonaws.xray.strategy.sampling.SamplingStrategy;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The shop's local sampling rules (O-TRACE-03, O-TRACE-06), read by the SDK's own strategy the way a
 * service without a daemon uses them: checkout always, health probes never, everything else one
 * request a second plus 5 % of the rest.
 */
class SamplingRulesTest {

    private static final int REQUESTS = 2000;

    private final SamplingStrategy rules = new LocalizedSamplingStrategy(
            SamplingRulesTest.class.getResource("/o11yshop/platform/observability/awsnative/tracing/sampling-rules.json"));

    @Test
    void everyCheckoutIsTraced() {
        assertThat(sampled("order", "POST", "/api/order/orders")).isEqualTo(REQUESTS);
    }

    @Test
    void healthProbesAreNeverTraced() {
        assertThat(sampled("catalog", "GET", "/api/catalog/actuator/health/readiness")).isZero();
        assertThat(sampled("inventory", "GET", "/api/inventory/actuator/health/liveness")).isZero();
    }

    @Test
    void otherRequestsAreTracedOneASecondPlusFivePercent() {
        // 2000 requests in well under a few seconds: the reservoir's one or two, then about 100 by the 5 % rate
        // (a binomial spread of ±10: the bounds are five of those away)
        assertThat(sampled("catalog", "GET", "/api/catalog/products")).isBetween(50, 160);
    }

    @Test
    void theOrderHistoryIsNotCheckout() {
        assertThat(sampled("order", "GET", "/api/order/orders")).isLessThan(REQUESTS / 2);
    }

    @Test
    void theLaunchersRulesTraceEveryRequestButHealthProbes() {
        SamplingStrategy everything = new LocalizedSamplingStrategy(SamplingRulesTest.class.getResource(
                "/o11yshop/platform/observability/awsnative/tracing/sampling-rules-everything.json"));

        assertThat(sampled(everything, "catalog", "GET", "/api/catalog/products")).isEqualTo(REQUESTS);
        assertThat(sampled(everything, "catalog", "GET", "/api/catalog/actuator/health/readiness")).isZero();
    }

    private int sampled(String service, String method, String path) {
        return sampled(rules, service, method, path);
    }

    private static int sampled(SamplingStrategy strategy, String service, String method, String path) {
        return (int) IntStream.range(0, REQUESTS)
                .filter(i -> strategy.shouldTrace(new SamplingRequest(service, "localhost", path, method, null)).isSampled())
                .count();
    }
}
