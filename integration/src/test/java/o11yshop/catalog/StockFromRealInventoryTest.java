package o11yshop.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import o11yshop.order.ShopUnderTest;
import o11yshop.platform.testing.ApiClient.Response;
import o11yshop.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The catalog's generated inventory client against the real inventory, with a whole page of products in one
 * call: what catalog's own tests meet through a stub, met here as the launched shop meets it.
 */
class StockFromRealInventoryTest {

    @Test
    void everyCardOfAFullPageHasItsStockFromInventory() {
        Response page = ShopUnderTest.on(TestDatabase.Engine.POSTGRESQL).catalog().client().get("/products?size=100");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().path("items").valueStream().map(card -> card.path("stock").path("status").asString()))
                .hasSizeGreaterThan(20)
                .doesNotContain("unknown");
    }
}
