package o11yshop.platform.observability;

import java.util.Optional;

/**
 * The one thing business code knows about tracing, whichever approach is switched on
 * ({@code OBSERVABILITY_MODE}: {@code off}, {@code xray}, {@code otel}). It never sees the X-Ray SDK or
 * OpenTelemetry: the adapters under {@code off/}, {@code xray/} and {@code otel/} each implement this port
 * the same way, so that they can be read side by side. Calls to other services and to AWS are traced
 * without it: each adapter's auto-configuration adds its tracing to every {@code RestClient} and AWS SDK
 * client the platform builds.
 *
 * <pre>{@code
 * try (BusinessSpan span = observability.startSpan("reserve stock")) {
 *     span.annotate(SpanAnnotation.ORDER_ID, order.reference());
 *     span.metadata("lines", order.lines().size());
 *     inventory.reserve(order);
 * } // a failure is recorded with span.recordError(e) before it is rethrown
 * }</pre>
 */
public interface Observability {

    /**
     * Starts a business step (checkout's "reserve stock", "pay", …) as a child of whatever is being
     * traced on this thread; close it, best with try-with-resources, when the step is over. Where
     * nothing is being traced (mode {@code off}, no request on this thread) the span does nothing.
     */
    BusinessSpan startSpan(String name);

    /** The trace this thread works for, as the logs print it ({@code 1-5f84c7a1-…} with X-Ray). */
    Optional<String> currentTraceId();

    /** The span (X-Ray: segment or subsegment) this thread works in, when its trace is recorded. */
    Optional<String> currentSpanId();

    /**
     * The trace this thread works for, written as it travels with a message — X-Ray's
     * {@code Root=1-…;Parent=…;Sampled=1}, which SQS carries as the {@code AWSTraceHeader} system
     * attribute. Empty when nothing is traced. Kept with an event in the outbox, it lets the event's
     * consumer join the trace of the request that caused it, however much later it is sent.
     */
    Optional<String> currentTraceHeader();

    /**
     * Starts work that a message (or an event from the outbox) asks for as part of the trace its header
     * names; a new trace when there is none. Close it when the work is done; everything traced on this
     * thread until then — SQL, calls, business spans, log lines — belongs to it.
     */
    BusinessSpan continueTrace(Optional<String> traceHeader);
}
