package o11yshop.platform.observability.otel.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes X-Ray's trace header, {@code X-Amzn-Trace-Id: Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1},
 * the one the X-Ray SDKs, the load balancers and SQS's {@code AWSTraceHeader} carry. Set beside W3C's
 * {@code traceparent} ({@code otel.propagators=tracecontext,baggage,xray}), it lets a service on
 * OpenTelemetry and one still on the X-Ray SDK share a trace during a migration.
 * <p>
 * opentelemetry-java-contrib has one, but the newest version this build can get is compiled against an
 * older SDK and fails with 1.68 when it reads a header; the header is simple enough to read here
 * ({@link OtelSdk} puts this one in its place). A header without a
 * {@code Parent} (a load balancer's, which only names the trace) starts a new trace; {@code Sampled=?}
 * or no {@code Sampled} counts as not sampled, as OpenTelemetry has no "decide later".
 */
final class XRayPropagator implements TextMapPropagator {

    static final XRayPropagator INSTANCE = new XRayPropagator();
    static final String HEADER = "X-Amzn-Trace-Id";

    private static final Pattern ROOT = Pattern.compile("(?:^|;)\\s*Root=1-([0-9a-fA-F]{8})-([0-9a-fA-F]{24})\\s*(?:;|$)");
    private static final Pattern PARENT = Pattern.compile("(?:^|;)\\s*Parent=([0-9a-fA-F]{16})\\s*(?:;|$)");
    private static final Pattern SAMPLED = Pattern.compile("(?:^|;)\\s*Sampled=1\\s*(?:;|$)");

    private static final TextMapGetter<Map<String, String>> MAP_GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public @Nullable String get(@Nullable Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private XRayPropagator() {
    }

    /** The context a header carried with a message names: its trace and its sender's span, or none. */
    static Context senderOf(String header) {
        return INSTANCE.extract(Context.root(), Map.of(HEADER, header), MAP_GETTER);
    }

    @Override
    public List<String> fields() {
        return List.of(HEADER);
    }

    @Override
    public <C> void inject(Context context, @Nullable C carrier, TextMapSetter<C> setter) {
        SpanContext span = Span.fromContext(context).getSpanContext();
        if (!span.isValid()) {
            return;
        }
        setter.set(carrier, HEADER, "Root=" + XRayTraceIds.fromOtel(span.getTraceId()) + ";Parent=" + span.getSpanId()
                + ";Sampled=" + (span.isSampled() ? "1" : "0"));
    }

    @Override
    public <C> Context extract(Context context, @Nullable C carrier, TextMapGetter<C> getter) {
        String header = getter.get(carrier, HEADER);
        if (header == null) {
            return context;
        }
        Matcher root = ROOT.matcher(header);
        Matcher parent = PARENT.matcher(header);
        if (!root.find() || !parent.find()) {
            return context;
        }
        SpanContext remote = SpanContext.createFromRemoteParent(
                (root.group(1) + root.group(2)).toLowerCase(), parent.group(1).toLowerCase(),
                SAMPLED.matcher(header).find() ? TraceFlags.getSampled() : TraceFlags.getDefault(),
                TraceState.getDefault());
        return remote.isValid() ? context.with(Span.wrap(remote)) : context;
    }

    @Override
    public String toString() {
        return "XRayPropagator";
    }
}
