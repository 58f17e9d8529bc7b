package o11yshop.platform.observability.otel.tracing;

import io.opentelemetry.instrumentation.jdbc.datasource.JdbcTelemetry;
import io.opentelemetry.instrumentation.jdbc.datasource.OpenTelemetryDataSource;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Every SQL statement as a CLIENT span (O-TRACE-02): the service's connection pool is wrapped in
 * OpenTelemetry's JDBC instrumentation, so jOOQ, Flyway and health checks all go through it. Each
 * statement becomes a span named after the operation and table as written ({@code select "product"}) with
 * {@code db.system.name}, {@code db.namespace}, {@code db.query.text} and {@code server.address}. jOOQ sends
 * every value as a bind parameter, so the text holds {@code ?} placeholders, never a customer's data; the
 * instrumentation would replace the literals of a statement written without parameters.
 * Statements outside a request are dropped by {@link RequestRootedSampler}, as the X-Ray SDK skips them.
 * <p>
 * Spring Boot still finds the Hikari pool behind the wrapper (through {@code DataSource.unwrap}) for
 * its pool metrics and health.
 */
class SqlStatementTracing implements BeanPostProcessor {

    private final ObjectProvider<OpenTelemetrySdk> openTelemetry;

    SqlStatementTracing(ObjectProvider<OpenTelemetrySdk> openTelemetry) {
        this.openTelemetry = openTelemetry;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof OpenTelemetryDataSource)) {
            return JdbcTelemetry.builder(openTelemetry.getObject())
                    // one span per statement, as in the X-Ray adapter: no spans for taking a connection from the pool
                    .setDataSourceInstrumenterEnabled(false)
                    .build()
                    .wrap(dataSource);
        }
        return bean;
    }
}
