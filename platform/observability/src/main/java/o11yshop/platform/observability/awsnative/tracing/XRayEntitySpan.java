package o11yshop.platform.observability.awsnative.tracing;

import com.amazonaws.xray.entities.Entity;
import o11yshop.platform.observability.BusinessSpan;
import o11yshop.platform.observability.SpanAnnotation;

/**
 * What a business step and a message's work have in common in X-Ray: annotations become X-Ray
 * annotations (indexed, searchable), metadata goes to the {@code default} metadata namespace, and a
 * failure is a fault with the exception as its cause. How each one ends is its own.
 */
abstract class XRayEntitySpan implements BusinessSpan {

    private final Entity entity;

    XRayEntitySpan(Entity entity) {
        this.entity = entity;
    }

    @Override
    public BusinessSpan annotate(SpanAnnotation key, String value) {
        entity.putAnnotation(key.key(), value);
        return this;
    }

    @Override
    public BusinessSpan annotate(SpanAnnotation key, long value) {
        entity.putAnnotation(key.key(), value);
        return this;
    }

    @Override
    public BusinessSpan metadata(String key, Object value) {
        entity.putMetadata(key, value);
        return this;
    }

    /** In X-Ray terms a fault: the work failed on the shop's side, with the exception as the cause. */
    @Override
    public BusinessSpan recordError(Throwable error) {
        entity.addException(error);
        return this;
    }
}
