package o11yshop.platform.observability.otel.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.instrumentation.awssdk.v2_2.AwsSdkTelemetry;
import io.opentelemetry.instrumentation.spring.web.v3_1.SpringWebTelemetry;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import o11yshop.platform.observability.BusinessSpan;
import o11yshop.platform.observability.Observability;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Mode {@code otel}: the port on OpenTelemetry. The span being worked in travels in OpenTelemetry's
 * {@link Context}, per thread; a business span is a child of it.
 */
public class OtelObservability implements Observability {

    static final String INSTRUMENTATION_SCOPE = "o11yshop.platform.observability";

    private final Tracer tracer;
    private final ClientHttpRequestInterceptor outgoingCallTracing;
    private final ExecutionInterceptor awsCallTracing;

    OtelObservability(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer(INSTRUMENTATION_SCOPE);
        // OpenTelemetry's Spring RestClient instrumentation: a CLIENT span per call with the http.* and
        // server.* attributes, and the configured propagators' headers (traceparent and X-Amzn-Trace-Id)
        this.outgoingCallTracing = SpringWebTelemetry.create(openTelemetry).createInterceptor();
        // OpenTelemetry's AWS SDK v2 instrumentation: a span per call with rpc.* and aws.* attributes; SQS
        // calls are messaging spans (messaging.system aws_sqs, the queue as messaging.destination.name)
        this.awsCallTracing = AwsSdkTelemetry.create(openTelemetry).createExecutionInterceptor();
    }

    @Override
    public BusinessSpan startSpan(String name) {
        if (!Span.current().getSpanContext().isValid()) {
            return BusinessSpan.none();
        }
        return OtelBusinessSpan.start(tracer, name);
    }

    @Override
    public Optional<String> currentTraceId() {
        SpanContext current = Span.current().getSpanContext();
        return current.isValid() ? Optional.of(XRayTraceIds.fromOtel(current.getTraceId())) : Optional.empty();
    }

    @Override
    public Optional<String> currentSpanId() {
        SpanContext current = Span.current().getSpanContext();
        return current.isValid() && current.isSampled() ? Optional.of(current.getSpanId()) : Optional.empty();
    }

    @Override
    public ClientHttpRequestInterceptor outgoingCallTracing() {
        return outgoingCallTracing;
    }

    @Override
    public ExecutionInterceptor awsCallTracing() {
        return awsCallTracing;
    }

    /** In X-Ray's form, whatever the propagators: SQS carries it as the message's {@code AWSTraceHeader}. */
    @Override
    public Optional<String> currentTraceHeader() {
        if (!Span.current().getSpanContext().isValid()) {
            return Optional.empty();
        }
        Map<String, String> headers = new HashMap<>();
        XRayPropagator.INSTANCE.inject(Context.current(), headers, Map::put);
        return Optional.ofNullable(headers.get(XRayPropagator.HEADER));
    }

    @Override
    public BusinessSpan continueTrace(Optional<String> traceHeader) {
        Context sender = traceHeader
                .map(XRayPropagator::senderOf)
                .orElse(Context.root());
        return OtelMessageSpan.start(tracer, sender);
    }
}
