package o11yshop.inventory.reservation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import o11yshop.inventory.problem.InventoryProblemType;
import o11yshop.platform.web.problem.ServiceProblem;

/** A reservation refused because some products have too few units; names every one of them. */
class InsufficientStockException extends ServiceProblem {

    record Shortage(long productId, int requested, int available) {
    }

    private final List<Shortage> shortages;

    InsufficientStockException(List<Shortage> shortages) {
        super(InventoryProblemType.INSUFFICIENT_STOCK, "Not enough stock for " + shortages.stream()
                .map(s -> "product " + s.productId() + " (" + s.requested() + " requested, " + s.available() + " available)")
                .collect(Collectors.joining(", ")) + "; nothing was reserved");
        this.shortages = List.copyOf(shortages);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("shortages", shortages);
    }
}
