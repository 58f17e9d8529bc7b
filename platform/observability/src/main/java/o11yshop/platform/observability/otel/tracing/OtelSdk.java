package o11yshop.platform.observability.otel.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.contrib.aws.resource.EcsResource;
import io.opentelemetry.contrib.awsxray.AwsXrayIdGenerator;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import io.opentelemetry.sdk.resources.Resource;
import java.util.Map;

/**
 * Builds the SDK the way the OpenTelemetry Java agent and ADOT do: from the standard {@code OTEL_*}
 * environment variables ({@code OTEL_EXPORTER_OTLP_ENDPOINT}, {@code OTEL_TRACES_SAMPLER},
 * {@code OTEL_RESOURCE_ATTRIBUTES} …), so what a learner reads in OpenTelemetry's documentation works
 * here. Below those variables sit the shop's defaults, each one what X-Ray needs or what the X-Ray
 * adapter does too.
 */
final class OtelSdk {

    /**
     * The AWS resource detectors found on the class path, switched off: ECS's is applied below, by name
     * (the shop runs on ECS); EC2's and EKS's would call an instance metadata endpoint at every start-up.
     */
    private static final String PROVIDERS_NOT_USED = String.join(",",
            "io.opentelemetry.contrib.aws.resource.Ec2ResourceProvider",
            "io.opentelemetry.contrib.aws.resource.EksResourceProvider",
            "io.opentelemetry.contrib.aws.resource.BeanstalkResourceProvider",
            "io.opentelemetry.contrib.aws.resource.LambdaResourceProvider",
            "io.opentelemetry.contrib.aws.resource.EcsResourceProvider");

    /**
     * What {@code xray} in {@code otel.propagators} finds on the class path: opentelemetry-java-contrib's
     * propagator, which the AWS SDK instrumentation brings along. Its newest version served here reads
     * headers with an SDK method 1.68 no longer has, so the shop's own {@link XRayPropagator} takes its place.
     */
    private static final String CONTRIB_XRAY_PROPAGATOR = "io.opentelemetry.contrib.awsxray.propagator.AwsXrayPropagator";

    private OtelSdk() {
    }

    /**
     * The instrumentation libraries write the older database attributes ({@code db.statement},
     * {@code db.system}) unless asked for the stable ones ({@code db.query.text}, {@code db.system.name});
     * {@code database/dup} asks for both, because the collector's X-Ray exporter still reads the older
     * ones to fill a segment's SQL. They read the switch from the environment
     * ({@code OTEL_SEMCONV_STABILITY_OPT_IN}) or this system property, once, when first used.
     */
    static final String SEMCONV_OPT_IN = "otel.semconv-stability.opt-in";

    static OpenTelemetrySdk build(String serviceName, String version) {
        if (System.getProperty(SEMCONV_OPT_IN) == null && System.getenv("OTEL_SEMCONV_STABILITY_OPT_IN") == null) {
            System.setProperty(SEMCONV_OPT_IN, "database/dup");
        }
        Map<String, String> defaults = Map.of(
                "otel.service.name", serviceName,
                // X-Ray's header next to W3C's: a caller or callee still on the X-Ray SDK joins the same trace
                "otel.propagators", "tracecontext,baggage,xray",
                // X-Ray's default rule samples 1 request a second and 5 % of the rest; OpenTelemetry's built-in
                // samplers have no per-second reservoir, so the ratio alone (children follow their parent)
                "otel.traces.sampler", "parentbased_traceidratio",
                "otel.traces.sampler.arg", "0.05",
                // the SDK sends with the JDK's HTTP client; gRPC would need a sender the shop does not carry
                "otel.exporter.otlp.protocol", "http/protobuf",
                // percentiles survive the trip to CloudWatch (ADOT's EMF exporter keeps the buckets' values and
                // counts) only from exponential histograms, not from fixed buckets
                "otel.exporter.otlp.metrics.default.histogram.aggregation", "base2_exponential_bucket_histogram",
                // log lines go to stdout, with trace_id and span_id, in every mode; OTLP logs are an option
                "otel.logs.exporter", "none",
                "otel.java.disabled.resource.providers", PROVIDERS_NOT_USED);
        return AutoConfiguredOpenTelemetrySdk.builder()
                .addPropertiesSupplier(() -> defaults)
                // trace IDs that begin with the epoch second, as X-Ray requires of every trace it accepts
                .addTracerProviderCustomizer((tracing, config) -> tracing.setIdGenerator(AwsXrayIdGenerator.getInstance()))
                .addPropagatorCustomizer((propagator, config) ->
                        propagator.getClass().getName().equals(CONTRIB_XRAY_PROPAGATOR) ? XRayPropagator.INSTANCE : propagator)
                .addSamplerCustomizer((sampler, config) -> new RequestRootedSampler(sampler))
                .addResourceCustomizer((resource, config) -> resource
                        .merge(Resource.create(Attributes.of(
                                AttributeKey.stringKey("service.version"), version)))
                        // cloud.provider, cloud.platform, the task and container ARNs, the log group: on ECS only
                        .merge(EcsResource.get()))
                // Spring closes the SDK (flushing what is pending) after the web server has stopped
                .disableShutdownHook()
                .build()
                .getOpenTelemetrySdk();
    }
}
