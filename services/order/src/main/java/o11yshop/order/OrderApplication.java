package o11yshop.order;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** SVC-03 and SVC-04: carts, checkout, orders, order events. Its configuration is {@code order.yaml}. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class OrderApplication {

    public static void main(String[] args) {
        builder().run(args);
    }

    /**
     * The configuration file carries the service's name rather than {@code application.yaml}, so that
     * order, catalog and inventory can run in one JVM in the integration tests.
     */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(OrderApplication.class).properties("spring.config.name=order");
    }

    /**
     * UTC in whole seconds, so that a time the service answers right after writing it is the time it
     * reads back later on every engine: the MySQL driver drops fractions of a second when the server is
     * MariaDB (it takes MariaDB's version for a MySQL older than 5.6.4).
     */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofSeconds(1));
    }
}
