package o11yshop.catalog.stock;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Inventory as seen from the catalog (SVC-06). Without inventory the catalog still serves products,
 * with stock unknown: that is {@code DEGRADED}, which keeps the catalog ready (HTTP 200) instead of
 * pulling it out of the load balancer.
 */
@Component("inventory")
class InventoryHealthIndicator implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Inventory does not answer; stock is shown as unknown");

    private final InventoryClient inventory;

    InventoryHealthIndicator(InventoryClient inventory) {
        this.inventory = inventory;
    }

    @Override
    public Health health() {
        return inventory.isReachable() ? Health.up().build() : Health.status(DEGRADED).build();
    }
}
