package o11yshop.inventory.restock;

import static o11yshop.inventory.InventoryUnderTest.expect;
import static o11yshop.inventory.InventoryUnderTest.expectProblem;
import static o11yshop.inventory.InventoryUnderTest.newProductId;
import static o11yshop.inventory.InventoryUnderTest.tokenOf;
import static o11yshop.inventory.db.Tables.RESTOCK_SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import o11yshop.inventory.InventoryApi;
import o11yshop.inventory.InventoryApi.Response;
import o11yshop.inventory.InventoryUnderTest;
import o11yshop.inventory.TestIssuer.TestUser;
import o11yshop.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Restock sign-ups for sold-out products, on a real database; every response checked against the contract. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RestockSubscriptionApiContractTest {

    private static final String SUBSCRIPTIONS = "/stock/{productId}/restock-subscriptions";

    private final String customer = tokenOf(TestUser.CUSTOMER);
    private InventoryUnderTest inventory;
    private InventoryApi api;

    abstract TestDatabase.Engine engine();

    @BeforeAll
    void startInventory() {
        inventory = InventoryUnderTest.on(engine());
        api = inventory.api();
    }

    @Test
    void aShopperSignsUpOnceForASoldOutProduct() {
        long soldOut = inventory.productWithStock(1);
        expect(201, "POST", "/stock/{productId}/adjustments",
                api.post("/stock/" + soldOut + "/adjustments", tokenOf(TestUser.ADMIN), "{\"delta\":-1,\"reason\":\"damaged\"}"));

        Response first = expect(201, "POST", SUBSCRIPTIONS, subscribe(soldOut, "{\"email\":\"Hanako@Example.com\"}"));
        Response again = expect(200, "POST", SUBSCRIPTIONS, subscribe(soldOut, "{\"email\":\"hanako@example.com\"}"));

        assertThat(first.json().path("email").asString()).isEqualTo("hanako@example.com");
        assertThat(first.json().path("productId").asLong()).isEqualTo(soldOut);
        assertThat(again.body()).isEqualTo(first.body());
        var rows = inventory.db().selectFrom(RESTOCK_SUBSCRIPTION).where(RESTOCK_SUBSCRIPTION.PRODUCT_ID.eq(soldOut)).fetch();
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().getUserId()).isEqualTo(TestUser.CUSTOMER.id().toString());
    }

    @Test
    void aProductInventoryNeverReceivedIsSoldOutToo() {
        expect(201, "POST", SUBSCRIPTIONS, subscribe(newProductId(), "{\"email\":\"taro@example.com\"}"));
    }

    @Test
    void aProductThatCanBeBoughtTakesNoSignUps() {
        long inStock = inventory.productWithStock(2);
        Map<String, Long> before = inventory.tableState();

        expectProblem(409, "product-in-stock", "POST", SUBSCRIPTIONS, subscribe(inStock, "{\"email\":\"hanako@example.com\"}"));

        assertThat(inventory.tableState()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"email\":\"\"}", "{\"email\":\"not-an-email\"}", "{\"email\":\"a@\"}",
            "{\"email\":\"two@at@example.com\"}", "{\"email\":42}", "{\"email\":null}", "{\"email\":[\"a@example.com\"]}",
            "{\"email\":\"hanako@example.com\"", "LONG_EMAIL"})
    void aBadEmailIsAProblemAndWritesNothing(String body) {
        String request = body.equals("LONG_EMAIL") ? "{\"email\":\"" + "a".repeat(64) + "@" + "b".repeat(186) + ".com\"}" : body;
        Map<String, Long> before = inventory.tableState();

        expect(400, "POST", SUBSCRIPTIONS, subscribe(newProductId(), request));

        assertThat(inventory.tableState()).isEqualTo(before);
    }

    private Response subscribe(long productId, String body) {
        return api.post("/stock/" + productId + "/restock-subscriptions", customer, body);
    }
}

class RestockSubscriptionApiOnPostgresTest extends RestockSubscriptionApiContractTest {
    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.POSTGRESQL;
    }
}

class RestockSubscriptionApiOnMysqlTest extends RestockSubscriptionApiContractTest {
    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.MYSQL;
    }
}
