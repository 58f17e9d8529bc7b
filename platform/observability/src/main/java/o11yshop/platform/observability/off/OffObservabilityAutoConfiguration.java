package o11yshop.platform.observability.off;

import o11yshop.platform.observability.Observability;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/** Mode {@code off} (the default): business code gets a port that records nothing. */
@AutoConfiguration
@ConditionalOnProperty(name = "shop.observability.mode", havingValue = "off", matchIfMissing = true)
public class OffObservabilityAutoConfiguration {

    @Bean
    Observability observability() {
        return new OffObservability();
    }
}
