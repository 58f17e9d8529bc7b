package o11yshop.platform.observability.awsnative.tracing;

import com.amazonaws.xray.sql.TracingDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Every SQL statement as a subsegment (O-TRACE-02): the service's connection pool is wrapped in the
 * SDK's {@link TracingDataSource}, so jOOQ, Flyway and health checks all go through it. Each statement
 * run while a request is traced becomes a subsegment named {@code <database>@<host>}, namespace
 * {@code remote}, with the database type and version, the driver version, the URL and user (never the
 * password) — and the SQL text: jOOQ sends every value as a bind parameter, so the text holds {@code ?}
 * placeholders, never a customer's data. Statements outside a request (migrations at start-up, queue
 * consumers) find no segment and are not recorded.
 * <p>
 * Spring Boot still finds the Hikari pool behind the wrapper (through {@code DataSource.unwrap}) for
 * its pool metrics and health.
 */
class SqlStatementTracing implements BeanPostProcessor {

    /** The SDK leaves the SQL text out unless asked; it reads this once, when it first traces a statement. */
    static final String COLLECT_SQL_QUERIES = "com.amazonaws.xray.collectSqlQueries";

    SqlStatementTracing() {
        System.setProperty(COLLECT_SQL_QUERIES, "true");
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof TracingDataSource)) {
            return TracingDataSource.decorate(dataSource);
        }
        return bean;
    }
}
