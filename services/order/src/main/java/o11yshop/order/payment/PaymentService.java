package o11yshop.order.payment;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import o11yshop.platform.observability.BusinessDimension;
import o11yshop.platform.observability.BusinessMetric;
import o11yshop.platform.observability.BusinessMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Charges through the {@link PaymentGateway}, waiting at most {@code shop.payment.timeout}: a provider
 * that does not answer in time counts as a decline, so the shopper's stock is not held by a hung call.
 * Every charge's wait is timed, and every failure counted by its reason (O-METRIC-06): a provider that
 * declines cards is business as usual, one that stops answering is an incident.
 */
@Service
public class PaymentService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);

    private final PaymentGateway gateway;
    private final PaymentProperties properties;
    private final BusinessMetrics metrics;
    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();

    PaymentService(PaymentGateway gateway, PaymentProperties properties, BusinessMetrics metrics) {
        this.gateway = gateway;
        this.properties = properties;
        this.metrics = metrics;
    }

    public PaymentGateway.Outcome charge(PaymentGateway.Charge charge) {
        long started = System.nanoTime();
        Future<PaymentGateway.Outcome> outcome = calls.submit(() -> gateway.charge(charge));
        try {
            PaymentGateway.Outcome answer = outcome.get(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
            if (answer instanceof PaymentGateway.Declined) {
                metrics.count(BusinessMetric.PAYMENT_FAILED, BusinessDimension.PAYMENT_DECLINED);
            }
            return answer;
        } catch (TimeoutException e) {
            outcome.cancel(true);
            log.warn("The payment provider did not answer charge {} within {}", charge.reference(), properties.timeout());
            metrics.count(BusinessMetric.PAYMENT_FAILED, BusinessDimension.PAYMENT_TIMED_OUT);
            return new PaymentGateway.Declined("the payment provider did not answer in time");
        } catch (ExecutionException e) {
            log.warn("The payment provider failed on charge {}", charge.reference(), e.getCause());
            metrics.count(BusinessMetric.PAYMENT_FAILED, BusinessDimension.PAYMENT_ERROR);
            return new PaymentGateway.Declined("the payment provider failed");
        } catch (InterruptedException e) {
            outcome.cancel(true);
            Thread.currentThread().interrupt();
            metrics.count(BusinessMetric.PAYMENT_FAILED, BusinessDimension.PAYMENT_ERROR);
            return new PaymentGateway.Declined("the charge was abandoned");
        } finally {
            metrics.time(BusinessMetric.PAYMENT_LATENCY, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    @Override
    public void destroy() {
        calls.shutdownNow();
    }
}
