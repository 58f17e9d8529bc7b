package o11yshop.order.health;

import o11yshop.order.catalog.CatalogProperties;
import o11yshop.order.inventory.InventoryProperties;
import o11yshop.platform.web.health.DependencyCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The catalog and inventory in the order service's readiness, each {@code DEGRADED} — never {@code DOWN}
 * — when it is away. Every order task shares the same catalog and inventory: taking the tasks out of the
 * load balancer would not bring them back, and would turn "checkout is unavailable for a moment" into
 * "the whole order API is gone" (carts, order history, the admin's sales figures), and ECS would replace
 * tasks that are fine. So the order service stays in, checkout answers 503 {@code dependency-unavailable}
 * with the cart kept, and readiness says which dependency is missing.
 */
@Configuration(proxyBeanMethods = false)
class SiblingServicesHealth {

    @Bean
    SiblingServiceHealthIndicator catalogHealthIndicator(CatalogProperties catalog) {
        return new SiblingServiceHealthIndicator("catalog", catalog.baseUrl(),
                DependencyCheck.degraded("The catalog does not answer: products cannot be added to carts and "
                        + "checkout cannot confirm prices (503); carts and orders can still be read."),
                DependencyCheck.degraded("The catalog answers but is not ready (see its own readiness): products "
                        + "cannot be added to carts and checkout cannot confirm prices (503); carts and orders can still be read."));
    }

    @Bean
    SiblingServiceHealthIndicator inventoryHealthIndicator(InventoryProperties inventory) {
        return new SiblingServiceHealthIndicator("inventory", inventory.baseUrl(),
                DependencyCheck.degraded("Inventory does not answer: checkout cannot reserve stock and answers 503 "
                        + "with the cart kept, nothing charged; carts and orders still work."),
                DependencyCheck.degraded("Inventory answers but is not ready (see its own readiness): checkout cannot "
                        + "reserve stock and answers 503 with the cart kept, nothing charged; carts and orders still work."));
    }
}
