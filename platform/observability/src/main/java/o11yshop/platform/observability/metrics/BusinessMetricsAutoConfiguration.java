package o11yshop.platform.observability.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import o11yshop.platform.observability.BusinessMetrics;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Business metrics in every mode, {@code off} included: they are counted in Micrometer whatever the
 * approach; only where they are published to differs ({@code awsnative.metrics.CloudWatchMetricsAutoConfiguration}
 * in mode {@code xray}).
 */
@AutoConfiguration
public class BusinessMetricsAutoConfiguration {

    @Bean
    BusinessMetrics businessMetrics(MeterRegistry registry) {
        return new MicrometerBusinessMetrics(registry);
    }
}
