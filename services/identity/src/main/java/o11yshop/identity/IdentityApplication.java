package o11yshop.identity;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** SVC-05: accounts, log-in, profile, shipping addresses, roles. Its configuration is {@code identity.yaml}. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class IdentityApplication {

    public static void main(String[] args) {
        builder().run(args);
    }

    /**
     * The configuration file carries the service's name rather than {@code application.yaml}, so that
     * identity can run in one JVM beside the services whose tests need real tokens.
     */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(IdentityApplication.class).properties("spring.config.name=identity");
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
