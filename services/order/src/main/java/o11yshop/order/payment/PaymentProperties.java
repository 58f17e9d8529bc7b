package o11yshop.order.payment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The mock payment provider's behaviour, so that a learner can make payments slow or failing and watch
 * what that does to checkout in the traces, logs and metrics.
 *
 * @param latency how long each charge takes
 * @param failureRate the share of charges declined at random, from 0 (none) to 1 (all)
 * @param timeout how long checkout waits for a charge before it gives up, releases the stock and
 *        answers {@code payment-declined}
 */
@ConfigurationProperties("shop.payment")
public record PaymentProperties(
        @DefaultValue("300ms") Duration latency,
        @DefaultValue("0") double failureRate,
        @DefaultValue("5s") Duration timeout) {

    public PaymentProperties {
        if (failureRate < 0 || failureRate > 1) {
            throw new IllegalStateException("shop.payment.failure-rate must be between 0 and 1, not " + failureRate);
        }
    }
}
