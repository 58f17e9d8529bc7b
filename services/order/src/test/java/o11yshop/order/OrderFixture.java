package o11yshop.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.function.Supplier;
import o11yshop.platform.testing.TestDatabase;
import o11yshop.platform.testing.authz.TestIssuer;
import o11yshop.platform.testing.openapi.ServiceFixture;

/**
 * order's rows for the generated suites: what api/order.yaml alone cannot say. A checkout carries a new
 * Idempotency-Key; the order asked for is one the customer placed.
 */
public final class OrderFixture {

    private OrderFixture() {
    }

    public static ServiceFixture onPostgres() {
        OrderUnderTest.Service shop = OrderUnderTest.on(TestDatabase.Engine.POSTGRESQL);
        Supplier<String> customersOrder = memoized(() -> placeOrderAsTheCustomer(shop));
        return ServiceFixture.forService("order", shop.order().baseUrl(), shop.orderDatabase(), TestIssuer.callers())
                .operation("getCart")
                .operation("setCartItem", row -> row.path("productId", () -> "1"))
                .operation("removeCartItem", row -> row.path("productId", () -> "1"))
                .operation("mergeCart")
                // a cart to check out, so that a hostile checkout is refused for what it carries, not for an empty cart
                .operation("placeOrder", row -> row.before(() -> customer(shop).put("/cart/items/1", "{\"quantity\":1}"))
                        .header("Idempotency-Key", () -> UUID.randomUUID().toString()))
                .operation("listOrders")
                .operation("getOrder", row -> row.path("orderId", customersOrder).ownedByCustomer())
                .operation("getSalesSummary")
                .build();
    }

    private static ShopperClient customer(OrderUnderTest.Service shop) {
        return ShopperClient.of(shop.order(), new Shopper(TestIssuer.CUSTOMER_ID,
                TestIssuer.MINT.accessToken(TestIssuer.CUSTOMER_ID, "customer@example.com", "customer")));
    }

    private static String placeOrderAsTheCustomer(OrderUnderTest.Service shop) {
        ShopperClient customer = customer(shop);
        customer.put("/cart/items/1", "{\"quantity\":1}");
        ShopperClient.Answer placed = customer.checkout(UUID.randomUUID().toString(), Checkouts.approved());
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        return placed.json().path("orderId").asString();
    }

    private static Supplier<String> memoized(Supplier<String> once) {
        String[] value = new String[1];
        return () -> {
            synchronized (value) {
                if (value[0] == null) {
                    value[0] = once.get();
                }
                return value[0];
            }
        };
    }
}
