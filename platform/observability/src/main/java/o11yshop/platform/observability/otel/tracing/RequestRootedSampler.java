package o11yshop.platform.observability.otel.tracing;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
import java.util.List;

/**
 * Sampling as the X-Ray SDK does it, around whichever sampler {@code OTEL_TRACES_SAMPLER} chose.
 * <ul>
 * <li>Traces start with a request (a server span) or with a message's work (a consumer span), never with
 * a lone SQL statement or AWS call. OpenTelemetry's instrumentation records a statement as a span even
 * when nothing encloses it — Flyway's migrations at start-up, the outbox relay's polling, the queue
 * consumer's ReceiveMessage — each of which would be a trace of its own. The X-Ray SDK skips them,
 * having no segment to add them to; this sampler drops them.</li>
 * <li>Work whose caller already decided follows that decision, so that a trace is whole or absent: the
 * X-Ray remote sampler ({@code OTEL_TRACES_SAMPLER=xray}) applies the account's rules to every span it
 * is asked about, and would otherwise let a callee re-decide what its caller sampled.</li>
 * </ul>
 */
final class RequestRootedSampler implements Sampler {

    private final Sampler configured;

    RequestRootedSampler(Sampler configured) {
        this.configured = Sampler.parentBased(configured);
    }

    @Override
    public SamplingResult shouldSample(Context parentContext, String traceId, String name, SpanKind spanKind,
            Attributes attributes, List<LinkData> parentLinks) {
        boolean startsTrace = !Span.fromContext(parentContext).getSpanContext().isValid();
        if (startsTrace && spanKind != SpanKind.SERVER && spanKind != SpanKind.CONSUMER) {
            return SamplingResult.drop();
        }
        return configured.shouldSample(parentContext, traceId, name, spanKind, attributes, parentLinks);
    }

    @Override
    public String getDescription() {
        return "RequestRooted{" + configured.getDescription() + "}";
    }
}
