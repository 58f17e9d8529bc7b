package o11yshop.inventory.restock;

import static o11yshop.inventory.InventoryUnderTest.expect;
import static o11yshop.inventory.InventoryUnderTest.expectProblem;
import static o11yshop.inventory.InventoryUnderTest.newProductId;
import static o11yshop.inventory.InventoryUnderTest.tokenOf;
import static o11yshop.inventory.db.Tables.RESTOCK_SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import o11yshop.inventory.InventoryApi.Response;
import o11yshop.inventory.InventoryApiTest;
import o11yshop.platform.testing.authz.TestIssuer;
import o11yshop.platform.testing.authz.TestUser;
import o11yshop.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Restock sign-ups for sold-out products, always at the signed-in shopper's own address, on a real database; every response checked against the contract. */
abstract class RestockSubscriptionApiContractTest extends InventoryApiTest {

    private static final String SUBSCRIPTIONS = "/stock/{productId}/restock-subscriptions";

    private final String customer = tokenOf(TestUser.CUSTOMER);

    @Test
    void aShopperSignsUpOnceForASoldOutProductAtTheirOwnAddress() {
        long soldOut = inventory.productWithStock(1);
        expect(201, "POST", "/stock/{productId}/adjustments",
                api.post("/stock/" + soldOut + "/adjustments", tokenOf(TestUser.ADMIN), "{\"delta\":-1,\"reason\":\"damaged\"}"));

        Response first = expect(201, "POST", SUBSCRIPTIONS, subscribe(soldOut, customer));
        Response again = expect(200, "POST", SUBSCRIPTIONS, subscribe(soldOut, customer));

        assertThat(first.json().path("email").asString()).isEqualTo(TestUser.CUSTOMER.email());
        assertThat(first.json().path("productId").asLong()).isEqualTo(soldOut);
        assertThat(again.body()).isEqualTo(first.body());
        var rows = inventory.db().selectFrom(RESTOCK_SUBSCRIPTION).where(RESTOCK_SUBSCRIPTION.PRODUCT_ID.eq(soldOut)).fetch();
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().getUserId()).isEqualTo(TestUser.CUSTOMER.id().toString());
    }

    @Test
    void theAddressIsTheTokensInLowerCase() {
        String token = TestIssuer.MINT.accessToken(TestUser.OTHER_CUSTOMER.id(), "Taro@Example.COM", "customer");

        Response signUp = expect(201, "POST", SUBSCRIPTIONS, subscribe(newProductId(), token));

        assertThat(signUp.json().path("email").asString()).isEqualTo("taro@example.com");
    }

    /** The hole this closes: a body naming a stranger made the shop write to them. */
    @ParameterizedTest
    @ValueSource(strings = {"{\"email\":\"stranger@example.com\"}", "{}"})
    void whateverTheBodySaysTheNoticeGoesToTheSignedInShopper(String body) {
        long productId = newProductId();

        Response signUp = expect(201, "POST", SUBSCRIPTIONS, api.post("/stock/" + productId + "/restock-subscriptions", customer, body));

        assertThat(signUp.json().path("email").asString()).isEqualTo(TestUser.CUSTOMER.email());
        assertThat(inventory.db().selectFrom(RESTOCK_SUBSCRIPTION).where(RESTOCK_SUBSCRIPTION.EMAIL.eq("stranger@example.com")).fetch())
                .isEmpty();
    }

    @Test
    void aTokenWithoutAnEmailIsRefusedAndWritesNothing() {
        String noEmail = TestIssuer.MINT.sign(TestUser.CUSTOMER.claims().claim("email", null).build());
        Map<String, Long> before = inventory.tableState();

        expectProblem(403, "email-unknown", "POST", SUBSCRIPTIONS, subscribe(newProductId(), noEmail));

        assertThat(inventory.tableState()).isEqualTo(before);
    }

    @Test
    void aProductInventoryNeverReceivedIsSoldOutToo() {
        expect(201, "POST", SUBSCRIPTIONS, subscribe(newProductId(), customer));
    }

    @Test
    void aProductThatCanBeBoughtTakesNoSignUps() {
        long inStock = inventory.productWithStock(2);
        Map<String, Long> before = inventory.tableState();

        expectProblem(409, "product-in-stock", "POST", SUBSCRIPTIONS, subscribe(inStock, customer));

        assertThat(inventory.tableState()).isEqualTo(before);
    }

    private Response subscribe(long productId, String token) {
        return api.post("/stock/" + productId + "/restock-subscriptions", token, null);
    }
}

class RestockSubscriptionApiOnPostgresTest extends RestockSubscriptionApiContractTest {
    @Override
    protected TestDatabase.Engine engine() {
        return TestDatabase.Engine.POSTGRESQL;
    }
}

class RestockSubscriptionApiOnMysqlTest extends RestockSubscriptionApiContractTest {
    @Override
    protected TestDatabase.Engine engine() {
        return TestDatabase.Engine.MYSQL;
    }
}
