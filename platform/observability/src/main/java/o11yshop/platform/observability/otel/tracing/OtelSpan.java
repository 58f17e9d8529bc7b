package o11yshop.platform.observability.otel.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import java.util.ArrayList;
import java.util.List;
import o11yshop.platform.observability.BusinessSpan;
import o11yshop.platform.observability.SpanAnnotation;

/**
 * What a business step and a message's work have in common in OpenTelemetry: annotations and metadata
 * are both span attributes, since OpenTelemetry has one kind; the annotations' keys are also listed
 * in {@code aws.xray.annotations}, which the ADOT collector's X-Ray exporter reads to make exactly those
 * attributes indexed X-Ray annotations (the others become metadata). A failure is the exception as a
 * span event and the status ERROR. How each one ends is its own.
 */
abstract class OtelSpan implements BusinessSpan {

    static final AttributeKey<List<String>> XRAY_ANNOTATIONS = AttributeKey.stringArrayKey("aws.xray.annotations");

    private final Span span;
    private final List<String> annotationKeys = new ArrayList<>(2);

    OtelSpan(Span span) {
        this.span = span;
    }

    Span span() {
        return span;
    }

    @Override
    public BusinessSpan annotate(SpanAnnotation key, String value) {
        span.setAttribute(key.key(), value);
        return listed(key);
    }

    @Override
    public BusinessSpan annotate(SpanAnnotation key, long value) {
        span.setAttribute(key.key(), value);
        return listed(key);
    }

    @Override
    public BusinessSpan metadata(String key, Object value) {
        switch (value) {
            case Long number -> span.setAttribute(key, number);
            case Integer number -> span.setAttribute(key, number.longValue());
            case Double number -> span.setAttribute(key, number);
            case Boolean flag -> span.setAttribute(key, flag);
            default -> span.setAttribute(key, value.toString());
        }
        return this;
    }

    @Override
    public BusinessSpan recordError(Throwable error) {
        span.recordException(error);
        span.setStatus(StatusCode.ERROR, String.valueOf(error.getMessage()));
        return this;
    }

    private BusinessSpan listed(SpanAnnotation key) {
        if (!annotationKeys.contains(key.key())) {
            annotationKeys.add(key.key());
            span.setAttribute(XRAY_ANNOTATIONS, List.copyOf(annotationKeys));
        }
        return this;
    }
}
