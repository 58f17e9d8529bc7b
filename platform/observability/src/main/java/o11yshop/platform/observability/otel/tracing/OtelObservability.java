package o11yshop.platform.observability.otel.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import o11yshop.platform.observability.BusinessSpan;
import o11yshop.platform.observability.Observability;

/**
 * Mode {@code otel}: the port on OpenTelemetry. The span being worked in travels in OpenTelemetry's
 * {@link Context}, per thread; a business span is a child of it.
 */
public class OtelObservability implements Observability {

    static final String INSTRUMENTATION_SCOPE = "o11yshop.platform.observability";

    private final Tracer tracer;

    OtelObservability(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer(INSTRUMENTATION_SCOPE);
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
