package o11yshop.platform.observability.awsnative.metrics;

import java.time.Instant;
import java.util.List;

/** Where a step's metrics go: {@link EmfLines} prints them, {@link PutMetricDataPublisher} sends them. */
interface MetricDestination extends AutoCloseable {

    void publish(Instant timestamp, List<MetricGroup> groups);

    /** For the start-up line that tells a learner where the metrics go. */
    String description();

    /** Called after the last publication, when the service stops. */
    @Override
    default void close() {
    }
}
