package o11yshop.platform.observability.otel.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.instrumentation.awssdk.v2_2.AwsSdkTelemetry;
import io.opentelemetry.instrumentation.runtimetelemetry.RuntimeTelemetry;
import io.opentelemetry.instrumentation.spring.web.v3_1.SpringWebTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import o11yshop.platform.observability.Observability;
import o11yshop.platform.observability.otel.logs.OtlpLogShipping;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Mode {@code otel}, the OpenTelemetry approach: the OpenTelemetry Java SDK with library
 * instrumentation records a span per request with child spans for SQL statements, calls to other
 * services, AWS SDK calls and business steps, and exports them with OTLP/HTTP (in AWS to the ADOT
 * collector sidecar, which forwards them to X-Ray; locally to the launcher's telemetry sink). Each
 * bean here has its sibling in {@code awsnative.tracing.XRayAutoConfiguration}: read the two side by side.
 * <p>
 * The SDK route rather than the Java agent: the agent instruments by rewriting bytecode at start-up,
 * which hides what is traced and costs start-up time; here every instrumented point is a line of
 * code a learner can find, the service starts as a plain {@code java -jar}, and the ADOT agent (1.32.0)
 * does not run on JDK 25 anyway (the upstream agent 2.33 does).
 */
@AutoConfiguration
@ConditionalOnProperty(name = "shop.observability.mode", havingValue = "otel")
public class OtelAutoConfiguration {

    /** Configured from the standard {@code OTEL_*} variables, with the shop's defaults under them. */
    @Bean(destroyMethod = "close")
    OpenTelemetrySdk openTelemetry(@Value("${spring.application.name}") String serviceName,
            @Value("${shop.version:dev}") String version) {
        return OtelSdk.build(serviceName, version);
    }

    @Bean
    Observability observability(OpenTelemetrySdk openTelemetry) {
        return new OtelObservability(openTelemetry);
    }

    /**
     * Every call to another service through OpenTelemetry's Spring RestClient instrumentation: a CLIENT span
     * per call with the http.* and server.* attributes, and the configured propagators' headers
     * (traceparent and X-Amzn-Trace-Id).
     */
    @Bean
    RestClientCustomizer otelOutgoingCallTracing(OpenTelemetrySdk openTelemetry) {
        var tracing = SpringWebTelemetry.create(openTelemetry).createInterceptor();
        return builder -> builder.requestInterceptor(tracing);
    }

    /**
     * Every AWS API call (SQS, S3, …) through {@code AwsClients}: OpenTelemetry's AWS SDK v2 instrumentation, a
     * span per call with rpc.* and aws.* attributes; SQS calls are messaging spans (messaging.system aws_sqs,
     * the queue as messaging.destination.name).
     */
    @Bean
    ExecutionInterceptor otelAwsCallTracing(OpenTelemetrySdk openTelemetry) {
        return AwsSdkTelemetry.create(openTelemetry).createExecutionInterceptor();
    }

    @Bean
    FilterRegistrationBean<OtelServerSpanFilter> otelServerSpanFilter(OpenTelemetrySdk openTelemetry) {
        FilterRegistrationBean<OtelServerSpanFilter> registration =
                new FilterRegistrationBean<>(new OtelServerSpanFilter(openTelemetry));
        // right after platform-web's request ID filter: everything later, security included, is inside the span
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SpanUserFilter> otelSpanUserFilter() {
        FilterRegistrationBean<SpanUserFilter> registration = new FilterRegistrationBean<>(new SpanUserFilter());
        // after Spring Security's filter chain (order -100), once the user is known
        registration.setOrder(0);
        return registration;
    }

    @Bean
    SpanExceptionRecorder otelSpanExceptionRecorder() {
        return new SpanExceptionRecorder();
    }

    /** Static: a post-processor must exist before the data source it wraps is created. */
    @Bean
    static SqlStatementTracing otelSqlStatementTracing(ObjectProvider<OpenTelemetrySdk> openTelemetry) {
        return new SqlStatementTracing(openTelemetry);
    }

    /**
     * JVM memory, garbage collection, threads, classes and CPU under the semantic conventions' names
     * ({@code jvm.memory.used}, {@code jvm.gc.duration}, {@code jvm.cpu.recent_utilization} …), read
     * through JMX and exported with the other metrics. Micrometer's own JVM meters stay in Prometheus.
     */
    @Bean(destroyMethod = "close")
    RuntimeTelemetry otelRuntimeTelemetry(OpenTelemetry openTelemetry) {
        return RuntimeTelemetry.create(openTelemetry);
    }

    /** Log records over OTLP as well as on stdout, when {@code OTEL_LOGS_EXPORTER=otlp} asks for them. */
    @Bean(destroyMethod = "uninstall")
    @ConditionalOnProperty(name = "otel.logs.exporter", havingValue = "otlp")
    OtlpLogShipping otelLogShipping(OpenTelemetrySdk openTelemetry) {
        return OtlpLogShipping.install(openTelemetry);
    }
}
