package o11yshop.platform.observability.awsnative.metrics;

import org.jspecify.annotations.Nullable;

/**
 * The CloudWatch units the shop's metrics use, spelt as CloudWatch spells them in EMF and in
 * PutMetricData. A unit is part of how CloudWatch shows a metric, not of its identity.
 */
enum MetricUnit {
    COUNT("Count"),
    MILLISECONDS("Milliseconds"),
    SECONDS("Seconds"),
    BYTES("Bytes"),
    PERCENT("Percent"),
    NONE("None");

    private final String cloudWatchName;

    MetricUnit(String cloudWatchName) {
        this.cloudWatchName = cloudWatchName;
    }

    String cloudWatchName() {
        return cloudWatchName;
    }

    /**
     * The unit of a meter's value from Micrometer's base unit; {@code whenUnnamed} for meters that
     * name none (a counter counts, a ratio gauge such as {@code process.cpu.usage} has no unit). A
     * unit CloudWatch does not know, such as {@code yen}, is published as {@code None}.
     */
    static MetricUnit of(@Nullable String baseUnit, MetricUnit whenUnnamed) {
        if (baseUnit == null) {
            return whenUnnamed;
        }
        return switch (baseUnit) {
            case "bytes" -> BYTES;
            case "seconds" -> SECONDS;
            case "milliseconds" -> MILLISECONDS;
            case "percent" -> PERCENT;
            case "threads", "connections", "requests", "tasks", "events", "files", "buffers", "classes", "objects" -> COUNT;
            default -> NONE;
        };
    }
}
