package o11yshop.catalog;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** SVC-01: products, categories, search. Its configuration is {@code catalog.yaml}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CatalogApplication {

    public static void main(String[] args) {
        builder().run(args);
    }

    /**
     * The configuration file carries the service's name rather than {@code application.yaml}, so that
     * catalog and inventory can run in one JVM in the integration tests.
     */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(CatalogApplication.class).properties("spring.config.name=catalog");
    }
}
