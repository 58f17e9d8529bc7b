package o11yshop.platform.observability.otel.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XRayPropagatorTest {

    @Test
    void writesTheSpanAsRootParentAndSampled() {
        SpanContext span = SpanContext.create("5759e988bd862e3fe1be46a994272793", "53995c3f42cd8ad8",
                TraceFlags.getSampled(), TraceState.getDefault());
        Map<String, String> headers = new HashMap<>();

        XRayPropagator.INSTANCE.inject(Context.root().with(Span.wrap(span)), headers, Map::put);

        assertThat(headers).containsExactly(
                Map.entry("X-Amzn-Trace-Id", "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1"));
    }

    @Test
    void writesNothingOutsideATrace() {
        Map<String, String> headers = new HashMap<>();

        XRayPropagator.INSTANCE.inject(Context.root(), headers, Map::put);

        assertThat(headers).isEmpty();
    }

    @Test
    void readsTheHeaderWhateverTheOrderAndSpacingOfItsFields() {
        SpanContext remote = extract("Sampled=1; Parent=53995C3F42CD8AD8;Root=1-5759e988-bd862e3fe1be46a994272793;Lineage=a87bd80c:1");

        assertThat(remote.getTraceId()).isEqualTo("5759e988bd862e3fe1be46a994272793");
        assertThat(remote.getSpanId()).isEqualTo("53995c3f42cd8ad8");
        assertThat(remote.isSampled()).isTrue();
        assertThat(remote.isRemote()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=0",
            "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=?",
            "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8"})
    void aHeaderThatDoesNotSaySampledIsNotSampled(String header) {
        assertThat(extract(header).isSampled()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Root=1-5759e988-bd862e3fe1be46a994272793", "Root=1-5759e988-bd86;Parent=53995c3f42cd8ad8",
            "Parent=53995c3f42cd8ad8;Sampled=1", "Root=1-00000000-000000000000000000000000;Parent=53995c3f42cd8ad8",
            "garbage", ""})
    void aHeaderWithoutATraceAndAParentLeavesTheContextAlone(String header) {
        assertThat(extract(header).isValid()).isFalse();
    }

    private static SpanContext extract(String header) {
        return Span.fromContext(XRayPropagator.senderOf(header)).getSpanContext();
    }
}
