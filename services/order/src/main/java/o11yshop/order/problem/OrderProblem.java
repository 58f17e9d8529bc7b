package o11yshop.order.problem;

import java.util.Map;

/**
 * A request the order service understood but cannot carry out as asked, for a reason the shopper can
 * act on. Thrown before or inside the transaction that found it, so nothing the request wrote stays.
 */
public class OrderProblem extends RuntimeException {

    private final OrderProblemType type;
    private final Map<String, Object> properties;

    public OrderProblem(OrderProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    /** With members beyond type, title, status and detail, for clients to act on (see the contract's Problem). */
    public OrderProblem(OrderProblemType type, String detail, Map<String, Object> properties) {
        super(detail);
        this.type = type;
        this.properties = Map.copyOf(properties);
    }

    public OrderProblemType type() {
        return type;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
