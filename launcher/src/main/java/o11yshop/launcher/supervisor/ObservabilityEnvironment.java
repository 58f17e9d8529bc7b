package o11yshop.launcher.supervisor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What every service is told about observability, whatever its mode: the approach ({@code OBSERVABILITY_MODE}),
 * which requests it traces, how often it sends its metrics, and where its telemetry goes. Each adapter of
 * platform-observability reads its own part and ignores the rest, so a mode changes one variable only and a
 * comparison of the modes compares the approaches, not their settings.
 *
 * <ul>
 *   <li>sampling {@code all}: {@code SHOP_OBSERVABILITY_XRAY_SAMPLING_RULES} names a rules file that samples
 *       every request, and {@code OTEL_TRACES_SAMPLER=parentbased_always_on};</li>
 *   <li>sampling {@code default}: neither is set, nor passed on from the launcher's own environment, so each
 *       adapter samples as it would in AWS (X-Ray: 1 request a second and 5 % of the rest; OpenTelemetry:
 *       {@code parentbased_traceidratio} 0.05);</li>
 *   <li>metrics every 10 s in both approaches ({@code SHOP_OBSERVABILITY_METRICS_STEP=10s} for EMF,
 *       {@code OTEL_METRIC_EXPORT_INTERVAL=10000} for OTLP), so that the Lab shows them within seconds;</li>
 *   <li>the launcher's X-Ray daemon ({@code AWS_XRAY_DAEMON_ADDRESS}, when it holds the port) and its
 *       OTLP/HTTP receiver ({@code OTEL_EXPORTER_OTLP_ENDPOINT}, {@code OTEL_EXPORTER_OTLP_PROTOCOL}).</li>
 * </ul>
 */
public final class ObservabilityEnvironment {

    static final String XRAY_SAMPLING_RULES = "SHOP_OBSERVABILITY_XRAY_SAMPLING_RULES";
    static final String SAMPLE_EVERYTHING_RULES =
            "classpath:o11yshop/platform/observability/awsnative/tracing/sampling-rules-everything.json";
    static final String OTEL_TRACES_SAMPLER = "OTEL_TRACES_SAMPLER";
    static final String ALWAYS_ON_UNLESS_THE_CALLER_SAID_NO = "parentbased_always_on";

    private ObservabilityEnvironment() {
    }

    /**
     * @param xrayDaemonAddress {@code host:port} of the launcher's X-Ray daemon; empty when another program
     *                          holds the port, and the SDK's own default (the same address) applies
     * @param otlpPort          the launcher's OTLP/HTTP receiver's port, or whatever collector holds it
     */
    public static Map<String, String> of(String mode, String sampling, Optional<String> xrayDaemonAddress, int otlpPort) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("OBSERVABILITY_MODE", mode);
        if (sampling.equals("all")) {
            // a learner looks at the request just made: locally every request is traced
            environment.put(XRAY_SAMPLING_RULES, SAMPLE_EVERYTHING_RULES);
            environment.put(OTEL_TRACES_SAMPLER, ALWAYS_ON_UNLESS_THE_CALLER_SAID_NO);
        }
        // and sees the metrics of it in the Lab within seconds, not at the end of CloudWatch's usual minute
        environment.put("SHOP_OBSERVABILITY_METRICS_STEP", "10s");
        environment.put("OTEL_METRIC_EXPORT_INTERVAL", "10000");
        xrayDaemonAddress.ifPresent(address -> environment.put("AWS_XRAY_DAEMON_ADDRESS", address));
        // the launcher's receiver, or whatever collector holds the port when the launcher could not take it
        environment.put("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:" + otlpPort);
        // the receiver speaks OTLP/HTTP, not gRPC, which some SDKs would choose by default
        environment.put("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
        return environment;
    }

    /**
     * Variables of the launcher's own environment that the services must not inherit: with sampling
     * {@code default} a sampler left set in the learner's shell would make "the adapter's default" a lie,
     * and a measurement of it wrong.
     */
    public static Set<String> notPassedOn(String sampling) {
        return sampling.equals("all") ? Set.of() : Set.of(XRAY_SAMPLING_RULES, OTEL_TRACES_SAMPLER);
    }
}
