package o11yshop.order.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import o11yshop.platform.web.health.DependencyCheck;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The order service's database, as readiness sees it: {@code DOWN} when it does not answer, because
 * without it nothing works — no cart, no checkout, no order history. Named {@code dbHealthIndicator}, it
 * takes the place of Spring Boot's own {@code db} check, whose answer would carry the driver's message.
 */
@Component("dbHealthIndicator")
class DatabaseHealthIndicator implements HealthIndicator {

    private static final int VALIDATION_SECONDS = 1;

    private final DependencyCheck check;

    DatabaseHealthIndicator(DataSource dataSource) {
        this.check = new DependencyCheck("database", Duration.ofSeconds(VALIDATION_SECONDS + 1),
                DependencyCheck.down("The database does not answer: carts, checkout and orders need it. "
                        + "This task is out of the load balancer until the database answers again."),
                () -> validate(dataSource));
    }

    @Override
    public Health health() {
        return check.health();
    }

    private static void validate(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(VALIDATION_SECONDS)) {
                throw new SQLException("the connection did not validate within " + VALIDATION_SECONDS + " s");
            }
        }
    }
}
