package o11yshop.platform.web;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settings every service shares, added with the lowest precedence so that a service's own
 * configuration, the environment or the command line can still change any of them.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final Map<String, Object> DEFAULTS = Map.ofEntries(
            Map.entry("logging.structured.format.console", "o11yshop.platform.web.logging.ShopJsonLogFormatter"),
            Map.entry("spring.main.banner-mode", "off"),
            Map.entry("spring.mvc.problemdetails.enabled", "false"),
            Map.entry("spring.jackson.default-property-inclusion", "non_absent"),
            Map.entry("server.shutdown", "graceful"),
            // one body limit for every route (RequestBodyLimitFilter); Tomcat reads and drops what a
            // refused request still sends, up to max-swallow-size, so that the client (or the edge relaying
            // it) gets the 413 instead of a connection closed under its upload
            Map.entry("shop.web.max-request-body-size", "256KB"),
            Map.entry("server.tomcat.max-swallow-size", "32MB"),
            Map.entry("server.tomcat.max-http-form-post-size", "${shop.web.max-request-body-size}"),
            Map.entry("spring.lifecycle.timeout-per-shutdown-phase", "10s"),
            Map.entry("spring.flyway.locations", "classpath:db/${spring.application.name}/{vendor},classpath:db/${spring.application.name}/common"),
            Map.entry("spring.flyway.schemas", "${shop.db.schema:${spring.application.name}}"),
            // every actuator endpoint but health and info needs the admin role (platform-security)
            Map.entry("management.endpoints.web.exposure.include", "health,info,loggers,metrics,prometheus"),
            // latency buckets per route for Prometheus, whose histogram_quantile() gives p50…p99 across
            // instances (O-METRIC-01, O-METRIC-03); CloudWatch's registry computes its percentiles itself
            Map.entry("management.metrics.distribution.percentiles-histogram.http.server.requests", "true"),
            // calls to other services are traced and measured by the observability adapters alone, in every
            // mode: Spring Boot's own observation of RestClient calls would add a meter of its own
            Map.entry("management.observations.enable.http.client.requests", "false"),
            Map.entry("management.endpoint.health.probes.enabled", "true"),
            Map.entry("management.endpoint.health.show-details", "always"),
            Map.entry("management.endpoint.health.group.readiness.include", "readinessState,db"),
            Map.entry("management.endpoint.health.status.order", "DOWN,OUT_OF_SERVICE,DEGRADED,UP,UNKNOWN"),
            // a service that still serves without one of its dependencies stays in the load balancer (200);
            // mappings given here replace Spring Boot's defaults, so DOWN and OUT_OF_SERVICE are named too
            Map.entry("management.endpoint.health.status.http-mapping.DEGRADED", "200"),
            Map.entry("management.endpoint.health.status.http-mapping.DOWN", "503"),
            Map.entry("management.endpoint.health.status.http-mapping.OUT_OF_SERVICE", "503"),
            Map.entry("management.info.env.enabled", "true"),
            Map.entry("shop.api-docs.enabled", "false"),
            // noise a learner should not have to read past: jOOQ's support-matrix note about PostgreSQL
            // versions, and the validator's note on @Valid placement in the generated API interfaces
            Map.entry("logging.level.org.jooq.impl.DefaultExecuteContext.logVersionSupport", "ERROR"),
            Map.entry("logging.level.org.hibernate.validator.internal.metadata.aggregated.CascadingMetaDataBuilder", "ERROR"));

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // jOOQ prints a banner and a tip straight to stdout, which would break the one-JSON-object-per-line
        // log stream; it reads these switches when it is first used, long after this point.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        Map<String, Object> defaults = new HashMap<>(DEFAULTS);
        defaults.put("shop.version", versionOf(primarySource(application)));
        environment.getPropertySources().addLast(new MapPropertySource("o11yShopPlatformDefaults", defaults));
    }

    /** The service's application class: the main class may be a test runner's. */
    private static Class<?> primarySource(SpringApplication application) {
        return application.getAllSources().stream()
                .filter(Class.class::isInstance)
                .map(Class.class::cast)
                .findFirst()
                .orElse(null);
    }

    /** The version Maven wrote into the service's jar manifest; {@code dev} when run from classes. */
    static String versionOf(Class<?> mainClass) {
        String version = mainClass == null ? null : mainClass.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
