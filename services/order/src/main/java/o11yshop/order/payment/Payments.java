package o11yshop.order.payment;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Charges through the {@link PaymentGateway}, waiting at most {@code shop.payment.timeout}: a provider
 * that does not answer in time counts as a decline, so the shopper's stock is not held by a hung call.
 */
@Service
public class Payments implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Payments.class);

    private final PaymentGateway gateway;
    private final PaymentProperties properties;
    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();

    Payments(PaymentGateway gateway, PaymentProperties properties) {
        this.gateway = gateway;
        this.properties = properties;
    }

    public PaymentGateway.Outcome charge(PaymentGateway.Charge charge) {
        Future<PaymentGateway.Outcome> outcome = calls.submit(() -> gateway.charge(charge));
        try {
            return outcome.get(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            outcome.cancel(true);
            log.warn("The payment provider did not answer charge {} within {}", charge.reference(), properties.timeout());
            return new PaymentGateway.Declined("the payment provider did not answer in time");
        } catch (ExecutionException e) {
            log.warn("The payment provider failed on charge {}", charge.reference(), e.getCause());
            return new PaymentGateway.Declined("the payment provider failed");
        } catch (InterruptedException e) {
            outcome.cancel(true);
            Thread.currentThread().interrupt();
            return new PaymentGateway.Declined("the charge was abandoned");
        }
    }

    @Override
    public void destroy() {
        calls.shutdownNow();
    }
}
