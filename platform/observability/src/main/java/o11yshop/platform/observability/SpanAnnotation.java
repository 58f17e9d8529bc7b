package o11yshop.platform.observability;

/**
 * The annotation keys the shop uses (O-TRACE-04). They are few on purpose: X-Ray indexes at most 50
 * annotations per trace, and a key must be letters, digits and underscores to be usable in a filter
 * expression. With OpenTelemetry they become span attributes of the same names.
 */
public enum SpanAnnotation {
    USER_ID("user_id"),
    ORDER_ID("order_id"),
    PRODUCT_ID("product_id"),
    CATEGORY("category");

    private final String key;

    SpanAnnotation(String key) {
        this.key = key;
    }

    /** The key as it appears in the trace and in filter expressions. */
    public String key() {
        return key;
    }
}
