package o11yshop.platform.observability;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Reads the switch, {@code shop.observability.mode}, from {@code OBSERVABILITY_MODE} — the name the
 * launcher, Compose and the ECS task definitions use for every service — with the lowest precedence,
 * so that a service's own configuration or the command line still wins; {@code off} when neither says.
 * The X-Ray SDK's logging defaults are set here as well, since only this runs before logging starts.
 * <p>
 * The adapter whose mode is chosen ({@code off.OffObservabilityAutoConfiguration},
 * {@code awsnative.tracing.XRayAutoConfiguration}, {@code otel.tracing.OtelAutoConfiguration}) provides the {@link Observability} bean; the others are never
 * loaded, so with {@code off} no X-Ray or OpenTelemetry class runs. A misspelt mode, or one not built yet, stops the
 * service here, before anything starts, with the list of valid values — rather than run it untraced.
 */
public class ObservabilityModeSelection implements EnvironmentPostProcessor {

    static final String MODE_PROPERTY = "shop.observability.mode";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("o11yShopObservabilityDefaults", Map.of(
                MODE_PROPERTY, "${OBSERVABILITY_MODE:off}",
                // the X-Ray SDK repeats the daemon's address each time it reads it (three times at start);
                // the adapter says once where segments go and where sampling rules come from
                "logging.level.com.amazonaws.xray.config.DaemonConfiguration", "WARN")));
        Binder.get(environment).bind(MODE_PROPERTY, ObservabilityMode.class);
    }
}
