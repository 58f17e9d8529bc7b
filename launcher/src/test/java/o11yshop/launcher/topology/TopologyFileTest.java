package o11yshop.launcher.topology;

import static o11yshop.launcher.topology.TestTopology.SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TopologyFileTest {

    /** Two services, a queue and a bucket: the smallest file that uses every field. */
    private static final String VALID = """
            token-issuer: identity
            services:
              shop:
                port: 9001
                route: /api/shop
                health: {liveness: /live, readiness: /ready}
                calls: [identity]
                calls-with-own-token: identity/read
              identity:
                port: 9002
                route: /api/identity
                health: {liveness: /live, readiness: /ready}
            queues:
              orders:
                url-variable: SHOP_ORDERS_URL
                max-receive-count: 3
                producers: [shop]
                consumers: [identity]
            buckets:
              pictures:
                owner: shop
                local-directory-variable: SHOP_PICTURES_DIRECTORY
            """;

    @Test
    void readsEveryField() {
        Topology topology = TopologyFile.parse("topology.yaml", VALID);

        ServiceSpec shop = topology.service("shop").orElseThrow();
        assertThat(shop).isEqualTo(new ServiceSpec("shop", 9001, "/api/shop", new ServiceSpec.Health("/live", "/ready"),
                List.of("identity"), Optional.of("identity/read"), Optional.of("SHOP_PICTURES_DIRECTORY")));
        assertThat(shop.readinessUrl()).hasToString("http://127.0.0.1:9001/api/shop/ready");
        assertThat(topology.baseUrlsCalledBy(shop)).containsExactly(
                Map.entry("SHOP_IDENTITY_BASE_URL", "http://127.0.0.1:9002/api/identity"));
        assertThat(topology.tokenIssuer().name()).isEqualTo("identity");
        assertThat(topology.service("identity").orElseThrow().storageVariable()).isEmpty();
        assertThat(topology.queues()).containsExactly(
                new QueueSpec("orders", "SHOP_ORDERS_URL", 3, List.of("shop"), List.of("identity")));
        assertThat(topology.queues().getFirst().deadLetterQueueName()).isEqualTo("orders-dlq");
    }

    @Test
    void theShopsOwnTopologyHoldsItsFourServicesEachOnAPortOfItsOwn() {
        assertThat(SHOP.serviceNames()).containsExactly("catalog", "inventory", "order", "identity");
        assertThat(SHOP.services()).extracting(ServiceSpec::port).doesNotHaveDuplicates();
        assertThat(SHOP.tokenIssuer().name()).isEqualTo("identity");
        assertThat(SHOP.service("order").orElseThrow().ownTokenScope()).contains("inventory/reservations");
        assertThat(SHOP.service("catalog").orElseThrow().storageVariable()).contains("SHOP_IMAGES_LOCAL_DIRECTORY");
        assertThat(SHOP.queues()).extracting(QueueSpec::name).containsExactly("order-events");
    }

    @Test
    void queuesAndBucketsMayBeLeftOut() {
        String servicesOnly = VALID.substring(0, VALID.indexOf("queues:")).replace("    calls-with-own-token: identity/read\n", "");

        Topology topology = TopologyFile.parse("topology.yaml", servicesOnly);

        assertThat(topology.queues()).isEmpty();
        assertThat(topology.service("shop").orElseThrow().storageVariable()).isEmpty();
        assertThat(topology.service("shop").orElseThrow().ownTokenScope()).isEmpty();
    }

    @Test
    void aMissingFieldIsNamed() {
        assertRefused(VALID.replace("    port: 9001\n", ""), "services.shop.port is missing");
        assertRefused(VALID.replace("token-issuer: identity\n", ""), "token-issuer is missing");
        assertRefused(VALID.replace("    health: {liveness: /live, readiness: /ready}\n    calls",
                "    health: {liveness: /live}\n    calls"), "services.shop.health.readiness is missing");
        assertRefused(VALID.replace("    max-receive-count: 3\n", ""), "queues.orders.max-receive-count is missing");
    }

    @Test
    void anUnknownFieldIsNamedWithTheFieldsThatAre() {
        assertRefused(VALID.replace("    calls: [identity]", "    call: [identity]"),
                "services.shop.call is not a field here (fields: port, route, health, calls, calls-with-own-token)");
        assertRefused(VALID.replace("services:", "servces: {}\nservices:"), "servces is not a field here");
    }

    @Test
    void aPortMustBeAFreeNumberInTheUsersRange() {
        assertRefused(VALID.replace("port: 9001", "port: eighty"),
                "services.shop.port must be a whole number from 1024 to 65535; got: \"eighty\"");
        assertRefused(VALID.replace("port: 9001", "port: 80"), "services.shop.port must be a whole number from 1024 to 65535; got: 80");
        assertRefused(VALID.replace("port: 9002", "port: 9001"), "services.identity.port is shop's port already");
    }

    @Test
    void aNameMustBeAServiceOfTheFile() {
        assertRefused(VALID.replace("calls: [identity]", "calls: [payments]"),
                "services.shop.calls[0] names no service: payments (services: identity, shop)");
        assertRefused(VALID.replace("token-issuer: identity", "token-issuer: cognito"), "token-issuer names no service: cognito");
        assertRefused(VALID.replace("consumers: [identity]", "consumers: []"), "queues.orders.consumers must list at least one service");
        assertRefused(VALID.replace("owner: shop", "owner: warehouse"), "buckets.pictures.owner names no service: warehouse");
        assertRefused(VALID.replace("calls: [identity]", "calls: [shop]"), "services.shop.calls[0] a service does not call itself");
    }

    @Test
    void routesHealthPathsVariablesAndNamesFollowTheirRules() {
        assertRefused(VALID.replace("route: /api/shop", "route: /shop"), "services.shop.route must be /api/shop");
        assertRefused(VALID.replace("liveness: /live, readiness: /ready}\n    calls", "liveness: live, readiness: /ready}\n    calls"),
                "services.shop.health.liveness must be a path starting with /; got: live");
        assertRefused(VALID.replace("url-variable: SHOP_ORDERS_URL", "url-variable: shop-orders-url"),
                "queues.orders.url-variable must be an environment variable's name");
        assertRefused(VALID.replace("max-receive-count: 3", "max-receive-count: 0"),
                "queues.orders.max-receive-count must be a whole number from 1 to 1000; got: 0");
        assertRefused(VALID.replace("  identity:\n    port", "  Identity:\n    port"), "services.Identity is not a valid name");
        assertRefused(VALID.replace("calls: [identity]", "calls: identity"), "services.shop.calls must be a list");
    }

    @Test
    void aServiceOwnsOneBucketAtMost() {
        assertRefused(VALID + """
                  thumbnails:
                    owner: shop
                    local-directory-variable: SHOP_THUMBNAILS_DIRECTORY
                """, "buckets.thumbnails.owner owns another bucket already");
    }

    @Test
    void aFileThatIsNotAMappingOfServicesIsRefused() {
        assertRefused("token-issuer: identity\nservices: {}\n", "services must be a mapping with at least one entry");
        assertRefused("services: [catalog]\n", "services must be a mapping with at least one entry");
        assertRefused("services:\n  shop: [\n", "topology.yaml is not valid YAML");
    }

    private static void assertRefused(String text, String problem) {
        assertThatThrownBy(() -> TopologyFile.parse("topology.yaml", text))
                .isInstanceOf(TopologyFile.InvalidTopology.class)
                .hasMessageStartingWith("topology.yaml")
                .hasMessageContaining(problem);
    }
}
