package o11yshop.platform.observability.otel.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import o11yshop.platform.observability.LogFields;
import org.slf4j.MDC;

/**
 * Work that a message asks for, as a CONSUMER span in the trace of the request that sent the message
 * (O-TRACE-02: service → queue → consumer). The header's parent is the span's parent, so the work hangs
 * under the sender's in the trace. (The collector's X-Ray exporter makes a segment only of a server span
 * or a root; this one arrives in X-Ray as a subsegment under the sender's, so the service map draws no
 * node of its own for it, unlike the X-Ray adapter's message segment.) A message the sender did not
 * sample is not recorded here either (the sampler follows the parent); one without a header starts a
 * trace of its own.
 */
final class OtelMessageSpan extends OtelSpan {

    static final String NAME = "process";

    private final Scope scope;

    private OtelMessageSpan(Span span) {
        super(span);
        this.scope = span.makeCurrent();
        SpanContext context = span.getSpanContext();
        MDC.put(LogFields.TRACE_ID, XRayTraceIds.fromOtel(context.getTraceId()));
        if (context.isSampled()) {
            MDC.put(LogFields.SPAN_ID, context.getSpanId());
        }
    }

    static OtelMessageSpan start(Tracer tracer, Context sender) {
        return new OtelMessageSpan(tracer.spanBuilder(NAME).setParent(sender).setSpanKind(SpanKind.CONSUMER).startSpan());
    }

    @Override
    public void close() {
        scope.close();
        span().end();
        MDC.remove(LogFields.TRACE_ID);
        MDC.remove(LogFields.SPAN_ID);
    }
}
