package o11yshop.inventory.health;

import javax.sql.DataSource;
import o11yshop.platform.web.health.DatabaseReadiness;
import org.springframework.stereotype.Component;

/**
 * Inventory's database, as readiness sees it: {@code DOWN} when it does not answer, because without it
 * there is no stock to show, reserve or receive. Named {@code dbHealthIndicator}, it
 * takes the place of Spring Boot's own {@code db} check, whose answer would carry the driver's message.
 */
@Component("dbHealthIndicator")
class DatabaseHealthIndicator extends DatabaseReadiness {

    DatabaseHealthIndicator(DataSource dataSource) {
        super(dataSource, "stock cannot be shown, reserved or received");
    }
}
