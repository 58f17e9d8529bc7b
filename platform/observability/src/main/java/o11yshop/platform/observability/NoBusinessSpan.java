package o11yshop.platform.observability;

/** Does nothing, allocates nothing: what a span costs when there is nothing to record it in. */
enum NoBusinessSpan implements BusinessSpan {
    INSTANCE;

    @Override
    public BusinessSpan annotate(SpanAnnotation key, String value) {
        return this;
    }

    @Override
    public BusinessSpan annotate(SpanAnnotation key, long value) {
        return this;
    }

    @Override
    public BusinessSpan metadata(String key, Object value) {
        return this;
    }

    @Override
    public BusinessSpan recordError(Throwable error) {
        return this;
    }

    @Override
    public void close() {
    }
}
