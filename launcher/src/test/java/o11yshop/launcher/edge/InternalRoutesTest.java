package o11yshop.launcher.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import o11yshop.launcher.topology.TestTopology;
import org.junit.jupiter.api.Test;

/** Issue 11 item 1: which routes the edge keeps to the services, read from the contracts' x-required-scope. */
class InternalRoutesTest {

    private static final InternalRoutes SHOP = InternalRoutes.load(TestEdges.REPOSITORY_ROOT.resolve("api"),
            TestTopology.SHOP.serviceNames());

    @Test
    void theReservationsAreForServicesOnly() {
        assertThat(SHOP.contains("POST", "/api/inventory/reservations")).isTrue();
        assertThat(SHOP.contains("POST", "/api/inventory/reservations/9/release")).isTrue();
        assertThat(SHOP.contains("post", "/api/inventory/reservations/9/commit/")).isTrue();
    }

    @Test
    void everythingElseIsRouted() {
        for (String[] route : List.of(new String[] {"GET", "/api/inventory/stock/9"},
                new String[] {"POST", "/api/inventory/stock/9/receipts"}, new String[] {"POST", "/api/order/orders"},
                new String[] {"POST", "/api/inventory/reservations/9/release/more"},
                new String[] {"POST", "/api/inventory/reservationsX"}, new String[] {"POST", "/api/catalog/reservations"})) {
            assertThat(SHOP.contains(route[0], route[1])).as(String.join(" ", route)).isFalse();
        }
    }
}
