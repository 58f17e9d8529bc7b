package o11yshop.inventory.problem;

import java.util.Map;

/**
 * A request inventory understood but cannot carry out as asked, for a reason the caller can act on.
 * Thrown inside the transaction that found it, so everything the request had written is rolled back.
 */
public abstract class InventoryProblem extends RuntimeException {

    protected InventoryProblem(String detail) {
        super(detail);
    }

    public abstract InventoryProblemType type();

    /** Members of the problem details beyond type, title, status and detail, for clients to act on. */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
