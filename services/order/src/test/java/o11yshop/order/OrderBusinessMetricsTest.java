package o11yshop.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.UUID;
import o11yshop.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The order service's business metrics (O-METRIC-04, O-METRIC-06), as {@code /actuator/metrics} and
 * the CloudWatch registry read them: what a cart add, a checkout and a declined payment count. The
 * shop is shared with the other tests of the JVM, so each test compares counts before and after.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderBusinessMetricsTest {

    /** Products no other test of the JVM touches. */
    private static final long MUG = 31;
    private static final long TEA = 29;

    private OrderUnderTest.Service shop;
    private MeterRegistry meters;

    @BeforeAll
    void startShop() {
        shop = OrderUnderTest.on(TestDatabase.Engine.POSTGRESQL);
        meters = shop.order().context().getBean(MeterRegistry.class);
    }

    @Test
    void aCompletedCheckoutCountsTheCartAddTheCheckoutTheOrderAndItsRevenue() {
        ShopperClient client = ShopperClient.of(shop.order(), OrderUnderTest.newShopper());
        double added = count("shop.cart.additions");
        double started = count("shop.checkouts.started");
        double completed = count("shop.checkouts.completed");
        double orders = count("shop.orders.placed");
        double revenue = count("shop.revenue");
        long payments = payments();

        assertThat(client.put("/cart/items/" + MUG, "{\"quantity\":2}").status()).isEqualTo(200);
        assertThat(client.put("/cart/items/" + MUG, "{\"quantity\":3}").status()).as("a new quantity is no new item").isEqualTo(200);
        ShopperClient.Answer placed = client.checkout(UUID.randomUUID().toString(), Checkouts.approved());

        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(count("shop.cart.additions")).isEqualTo(added + 1);
        assertThat(count("shop.checkouts.started")).isEqualTo(started + 1);
        assertThat(count("shop.checkouts.completed")).isEqualTo(completed + 1);
        assertThat(count("shop.orders.placed")).isEqualTo(orders + 1);
        assertThat(count("shop.revenue")).isEqualTo(revenue + placed.json().path("total").path("amount").asLong());
        assertThat(payments()).isEqualTo(payments + 1);
    }

    @Test
    void aDeclinedPaymentIsAFailureByItsReasonAndNoCompletedCheckout() {
        ShopperClient client = ShopperClient.of(shop.order(), OrderUnderTest.newShopper());
        assertThat(client.put("/cart/items/" + TEA, "{\"quantity\":1}").status()).isEqualTo(200);
        double declined = count("shop.payment.failures", "reason", "declined");
        double started = count("shop.checkouts.started");
        double completed = count("shop.checkouts.completed");

        assertThat(client.checkout(UUID.randomUUID().toString(), Checkouts.declined()).status()).isEqualTo(402);

        assertThat(count("shop.payment.failures", "reason", "declined")).isEqualTo(declined + 1);
        assertThat(count("shop.checkouts.started")).isEqualTo(started + 1);
        assertThat(count("shop.checkouts.completed")).as("completed over started is the conversion").isEqualTo(completed);
    }

    private double count(String name, String... tags) {
        Counter counter = meters.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    private long payments() {
        Timer latency = meters.find("shop.payment.latency").timer();
        return latency == null ? 0 : latency.count();
    }
}
