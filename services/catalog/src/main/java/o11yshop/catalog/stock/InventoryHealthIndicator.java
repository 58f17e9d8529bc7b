package o11yshop.catalog.stock;

import java.time.Duration;
import o11yshop.platform.web.health.DependencyCheck;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Inventory as seen from the catalog (SVC-06): its own readiness, asked with the catalog's inventory
 * client. Without inventory the catalog still serves products, with stock unknown: that is
 * {@code DEGRADED}, which keeps the catalog ready (HTTP 200) instead of pulling it out of the load
 * balancer — every catalog task shares the one inventory, so taking them out would only take the
 * products down with the stock.
 */
@Component("inventory")
class InventoryHealthIndicator implements HealthIndicator {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final DependencyCheck check;

    InventoryHealthIndicator(InventoryClient inventory) {
        this.check = new DependencyCheck("inventory", TIMEOUT,
                DependencyCheck.degraded("Inventory does not answer or is not ready: products are served with stock "
                        + "shown as unknown."),
                inventory::checkReady);
    }

    @Override
    public Health health() {
        return check.health();
    }
}
