package o11yshop.launcher.supervisor;

import static o11yshop.launcher.topology.TestTopology.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceClientsTest {

    private final ServiceClients clients = ServiceClients.generate(SHOP, new SecureRandom());

    @Test
    void identityRegistersTheOrderServiceWithTheSecretTheOrderServiceIsGiven() {
        Map<String, Map<String, String>> environments = clients.addedTo(Map.of("identity", Map.of("SHOP_ADMIN_EMAIL", "a@b.test")));

        Map<String, String> identity = environments.get("identity");
        Map<String, String> order = environments.get("order");
        assertThat(identity).containsEntry("SHOP_ADMIN_EMAIL", "a@b.test")
                .containsEntry("SHOP_IDENTITY_CLIENTS_0_ID", "order")
                .containsEntry("SHOP_IDENTITY_CLIENTS_0_SCOPES", "inventory/reservations");
        assertThat(order).containsEntry("SHOP_SERVICE_IDENTITY_CLIENT_ID", "order")
                .containsEntry("SHOP_SERVICE_IDENTITY_SCOPE", "inventory/reservations")
                .containsEntry("SHOP_SERVICE_IDENTITY_TOKEN_URI", "http://127.0.0.1:8084/api/identity/oauth2/token");
        assertThat(order.get("SHOP_SERVICE_IDENTITY_CLIENT_SECRET"))
                .isEqualTo(identity.get("SHOP_IDENTITY_CLIENTS_0_SECRET"))
                .hasSizeGreaterThanOrEqualTo(40);
        assertThat(environments).doesNotContainKeys("catalog", "inventory");
    }

    @Test
    void everyRunHasSecretsOfItsOwnAndNeverPrintsThem() {
        String first = clients.addedTo(Map.of()).get("order").get("SHOP_SERVICE_IDENTITY_CLIENT_SECRET");
        String second = ServiceClients.generate(SHOP, new SecureRandom()).addedTo(Map.of()).get("order")
                .get("SHOP_SERVICE_IDENTITY_CLIENT_SECRET");

        assertThat(first).isNotEqualTo(second);
        assertThat(clients.toString()).doesNotContain(first);
    }
}
