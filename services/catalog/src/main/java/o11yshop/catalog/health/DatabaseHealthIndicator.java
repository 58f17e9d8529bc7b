package o11yshop.catalog.health;

import javax.sql.DataSource;
import o11yshop.platform.web.health.DatabaseReadiness;
import org.springframework.stereotype.Component;

/**
 * The catalog's database, as readiness sees it: {@code DOWN} when it does not answer, because without
 * it there are no products, categories or search to serve. Named {@code dbHealthIndicator}, it
 * takes the place of Spring Boot's own {@code db} check, whose answer would carry the driver's message.
 */
@Component("dbHealthIndicator")
class DatabaseHealthIndicator extends DatabaseReadiness {

    DatabaseHealthIndicator(DataSource dataSource) {
        super(dataSource, "products, categories and search need it");
    }
}
