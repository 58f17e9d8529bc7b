package o11yshop.order.health;

import javax.sql.DataSource;
import o11yshop.platform.web.health.DatabaseReadiness;
import org.springframework.stereotype.Component;

/**
 * The order service's database, as readiness sees it: {@code DOWN} when it does not answer, because
 * without it nothing works — no cart, no checkout, no order history. Named {@code dbHealthIndicator}, it
 * takes the place of Spring Boot's own {@code db} check, whose answer would carry the driver's message.
 */
@Component("dbHealthIndicator")
class DatabaseHealthIndicator extends DatabaseReadiness {

    DatabaseHealthIndicator(DataSource dataSource) {
        super(dataSource, "carts, checkout and orders need it");
    }
}
