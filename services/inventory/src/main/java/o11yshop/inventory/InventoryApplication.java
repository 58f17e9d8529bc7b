package o11yshop.inventory;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** SVC-02: stock per product. Its configuration is {@code inventory.yaml}. */
@SpringBootApplication
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
}
