package o11yshop.platform.web.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * A service's database, as readiness sees it: {@code DOWN} when it does not answer (a connection that does
 * not validate within a second), with a reason that says what the service cannot do without it. Registered
 * by each service as {@code dbHealthIndicator}, it takes the place of Spring Boot's own {@code db} check,
 * whose answer would carry the driver's message.
 */
public class DatabaseReadiness implements HealthIndicator {

    private static final int VALIDATION_SECONDS = 1;

    private final DependencyCheck check;

    /**
     * @param whatNeedsIt the end of the reason "The database does not answer: …", saying what stops
     *        working, e.g. {@code "carts, checkout and orders need it"}
     */
    public DatabaseReadiness(DataSource dataSource, String whatNeedsIt) {
        this.check = new DependencyCheck("database", Duration.ofSeconds(VALIDATION_SECONDS + 1),
                DependencyCheck.down("The database does not answer: " + whatNeedsIt + ". "
                        + "This task is out of the load balancer until the database answers again."),
                () -> validate(dataSource));
    }

    @Override
    public final Health health() {
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
