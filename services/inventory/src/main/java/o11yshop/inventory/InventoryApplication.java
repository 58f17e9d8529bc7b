package o11yshop.inventory;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** SVC-02: stock per product, reservations, receiving and adjustments. Its configuration is {@code inventory.yaml}. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class InventoryApplication {

    public static void main(String[] args) {
        builder().run(args);
    }

    /**
     * The configuration file carries the service's name rather than {@code application.yaml}, so that
     * two services can run in one JVM (catalog's integration tests run the real inventory beside it).
     */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(InventoryApplication.class).properties("spring.config.name=inventory");
    }

    /**
     * UTC in whole seconds, so that a time the service answers right after writing it is the time it
     * reads back later on every engine: MariaDB behind the MySQL driver keeps no fraction of a second (the
     * driver takes MariaDB's "5.5.5-" version prefix for MySQL 5.5, which had none, and drops it).
     */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofSeconds(1));
    }
}
