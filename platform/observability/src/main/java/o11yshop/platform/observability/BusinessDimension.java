package o11yshop.platform.observability;

/**
 * Every value a business metric's dimension can take. A closed list on purpose: CloudWatch bills
 * each distinct combination of dimension values as a metric of its own, and Prometheus keeps a time
 * series for each — an ID here would grow both without end.
 */
public enum BusinessDimension {

    /** {@link BusinessMetric#SEARCH_PERFORMED}: the search found at least one product. */
    RESULTS_FOUND("results", "found"),
    /** {@link BusinessMetric#SEARCH_PERFORMED}: the search found nothing. */
    NO_RESULTS("results", "none"),
    /** {@link BusinessMetric#PAYMENT_FAILED}: the provider declined the card. */
    PAYMENT_DECLINED("reason", "declined"),
    /** {@link BusinessMetric#PAYMENT_FAILED}: the provider did not answer in time. */
    PAYMENT_TIMED_OUT("reason", "timeout"),
    /** {@link BusinessMetric#PAYMENT_FAILED}: the call to the provider failed, or was abandoned. */
    PAYMENT_ERROR("reason", "error");

    private final String dimension;
    private final String value;

    BusinessDimension(String dimension, String value) {
        this.dimension = dimension;
        this.value = value;
    }

    /** The dimension's name, as {@link BusinessMetric#dimension()} gives it. */
    public String dimension() {
        return dimension;
    }

    public String value() {
        return value;
    }
}
