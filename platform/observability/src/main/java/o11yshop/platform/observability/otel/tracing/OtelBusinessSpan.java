package o11yshop.platform.observability.otel.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import o11yshop.platform.observability.LogFields;
import org.slf4j.MDC;

/**
 * A business step as an INTERNAL span, child of the span being worked in (O-TRACE-02, O-TRACE-04). While
 * the step runs, it is the current span — SQL and calls made during it are its children — and log
 * lines carry its span ID as {@code span_id}.
 */
final class OtelBusinessSpan extends OtelSpan {

    private final Scope scope;
    private final String enclosingSpanId;

    private OtelBusinessSpan(Span span) {
        super(span);
        this.scope = span.makeCurrent();
        this.enclosingSpanId = MDC.get(LogFields.SPAN_ID);
        if (span.getSpanContext().isSampled()) {
            MDC.put(LogFields.SPAN_ID, span.getSpanContext().getSpanId());
        }
    }

    static OtelBusinessSpan start(Tracer tracer, String name) {
        return new OtelBusinessSpan(tracer.spanBuilder(name).startSpan());
    }

    @Override
    public void close() {
        scope.close();
        span().end();
        if (enclosingSpanId == null) {
            MDC.remove(LogFields.SPAN_ID);
        } else {
            MDC.put(LogFields.SPAN_ID, enclosingSpanId);
        }
    }
}
