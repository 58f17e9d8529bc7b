package o11yshop.order.payment;

import java.util.UUID;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A payment provider that charges nobody. It takes {@code shop.payment.latency} for each charge and
 * declines {@code shop.payment.failure-rate} of them at random; the card ending in {@value #ALWAYS_DECLINED_CARD}
 * is always declined, as payment providers' test cards are, so a failed payment can be shown on purpose.
 */
@Component
class MockPaymentGateway implements PaymentGateway {

    static final String ALWAYS_DECLINED_CARD = "0002";

    private static final Logger log = LoggerFactory.getLogger(MockPaymentGateway.class);

    private final PaymentProperties properties;
    private final RandomGenerator random = RandomGenerator.getDefault();

    MockPaymentGateway(PaymentProperties properties) {
        this.properties = properties;
    }

    @Override
    public Outcome charge(Charge charge) {
        try {
            Thread.sleep(properties.latency());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Declined("the charge was abandoned");
        }
        if (ALWAYS_DECLINED_CARD.equals(charge.cardLast4())) {
            return new Declined("the card was declined");
        }
        if (random.nextDouble() < properties.failureRate()) {
            log.info("Mock payment declines charge {} at random (failure rate {})", charge.reference(), properties.failureRate());
            return new Declined("the card was declined");
        }
        return new Approved("mock-" + UUID.randomUUID());
    }
}
