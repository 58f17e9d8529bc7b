package o11yshop.platform.observability.otel.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import o11yshop.platform.observability.StorefrontAndStockroom;
import o11yshop.platform.observability.TracedServices;
import o11yshop.platform.observability.testing.RecordingCollector;
import o11yshop.platform.observability.testing.RecordingCollector.ReceivedSpan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two real services in mode {@code otel} — "storefront" calling "stockroom", which asks a real
 * PostgreSQL — exporting with the SDK's real OTLP/HTTP exporter to a recording collector. The sibling of
 * {@code awsnative.tracing.XRayTracingTest}: the same requests, the same questions, OpenTelemetry's answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class OtelTracingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final UUID CUSTOMER = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");

    private RecordingCollector collector;
    private StorefrontAndStockroom services;

    @BeforeAll
    void startServices() {
        collector = RecordingCollector.start();
        OtelTestSettings.pointAt(collector);
        services = StorefrontAndStockroom.start("--shop.observability.mode=otel");
    }

    @AfterAll
    void stop() {
        services.close();
        collector.close();
        OtelTestSettings.forget();
    }

    @Test
    void aRequestIsAServerSpanOfTheServiceWithItsHttpAttributesAndAnXRayTraceId() {
        HttpResponse<String> response = get("/products/2", null);

        ReceivedSpan server = collector.awaitSpan(serverSpanOf("storefront", "/products/2"), WAIT);
        assertThat(server.span().getName()).isEqualTo("GET /products/{productId}");
        assertThat(server.stringAttribute("http.request.method")).isEqualTo("GET");
        assertThat(server.stringAttribute("http.route")).isEqualTo("/products/{productId}");
        assertThat(server.attribute("http.response.status_code").map(AnyValue::getIntValue)).contains(200L);
        assertThat(server.parentSpanId()).as("the first service of a trace has no parent").isEmpty();
        long epochSecond = Long.parseLong(server.traceId().substring(0, 8), 16);
        assertThat(epochSecond).as("the X-Ray ID generator starts the trace ID with the time")
                .isBetween(Instant.now().getEpochSecond() - 60, Instant.now().getEpochSecond() + 1);
        String xrayTraceId = "1-" + server.traceId().substring(0, 8) + "-" + server.traceId().substring(8);
        assertThat(JSON.readTree(response.body()).path("traceId").asString()).isEqualTo(xrayTraceId);
    }

    @Test
    void theResourceNamesTheServiceAndItsVersion() {
        get("/products/12", null);
        collector.awaitSpan(serverSpanOf("storefront", "/products/12"), WAIT);

        assertThat(collector.resources()).anySatisfy(resource -> {
            assertThat(RecordingCollector.attribute(resource.getAttributesList(), "service.name").map(AnyValue::getStringValue))
                    .contains("storefront");
            assertThat(RecordingCollector.attribute(resource.getAttributesList(), "service.version").map(AnyValue::getStringValue))
                    .contains("dev");
            assertThat(RecordingCollector.attribute(resource.getAttributesList(), "telemetry.sdk.language")
                    .map(AnyValue::getStringValue)).contains("java");
        });
    }

    @Test
    void aCallToAnotherServiceIsAClientSpanWhoseCalleeContinuesTheTraceInBothHeaderForms() {
        HttpResponse<String> response = get("/products/3", null);

        ReceivedSpan server = collector.awaitSpan(serverSpanOf("storefront", "/products/3"), WAIT);
        ReceivedSpan callee = collector.awaitSpan(serverSpanOf("stockroom", "/stock/3"), WAIT);
        ReceivedSpan call = collector.awaitSpan(span -> span.service().equals("storefront")
                && span.span().getKind() == Span.SpanKind.SPAN_KIND_CLIENT
                && span.stringAttribute("url.full").endsWith("/stock/3"), WAIT);
        assertThat(call.traceId()).isEqualTo(server.traceId());
        assertThat(call.stringAttribute("server.address")).isEqualTo("127.0.0.1");
        assertThat(call.attribute("http.response.status_code").map(AnyValue::getIntValue)).contains(200L);
        assertThat(callee.traceId()).isEqualTo(server.traceId());
        assertThat(callee.parentSpanId()).isEqualTo(call.spanId());
        String xrayHeader = JSON.readTree(response.body()).path("receivedTraceHeader").asString();
        assertThat(xrayHeader).as("the X-Ray propagator writes X-Amzn-Trace-Id beside traceparent")
                .isEqualTo("Root=1-" + server.traceId().substring(0, 8) + "-" + server.traceId().substring(8)
                        + ";Parent=" + call.spanId() + ";Sampled=1");
    }

    @Test
    void everySqlStatementIsAClientSpanWithTheQueryButNotItsValues() {
        get("/products/4", null);

        ReceivedSpan callee = collector.awaitSpan(serverSpanOf("stockroom", "/stock/4"), WAIT);
        ReceivedSpan query = collector.awaitSpan(span -> span.traceId().equals(callee.traceId())
                && span.attribute("db.query.text").isPresent(), WAIT);
        assertThat(query.span().getKind()).isEqualTo(Span.SpanKind.SPAN_KIND_CLIENT);
        assertThat(query.parentSpanId()).isEqualTo(callee.spanId());
        assertThat(query.stringAttribute("db.system.name")).isEqualTo("postgresql");
        assertThat(query.stringAttribute("db.query.text")).isEqualTo("select ? + 40");
        assertThat(query.stringAttribute("server.address")).isEqualTo("127.0.0.1");
    }

    @Test
    void aBusinessStepIsAnInternalSpanWithItsAttributesAndTheKeysXRayIndexes() {
        get("/products/5", null);

        ReceivedSpan server = collector.awaitSpan(serverSpanOf("storefront", "/products/5"), WAIT);
        ReceivedSpan step = collector.awaitSpan(span -> span.traceId().equals(server.traceId())
                && span.span().getName().equals("load product"), WAIT);
        assertThat(step.span().getKind()).isEqualTo(Span.SpanKind.SPAN_KIND_INTERNAL);
        assertThat(step.parentSpanId()).isEqualTo(server.spanId());
        assertThat(step.attribute("product_id").map(AnyValue::getIntValue)).contains(5L);
        assertThat(step.stringAttribute("category")).isEqualTo("books");
        assertThat(step.stringAttribute("source")).isEqualTo("test catalogue");
        assertThat(step.attribute("aws.xray.annotations").map(value -> value.getArrayValue().getValuesList().stream()
                .map(AnyValue::getStringValue).toList())).contains(List.of("product_id", "category"));
    }

    @Test
    void logLinesCarryTheTraceInXRayFormAndTheSpanTheyWereWrittenIn(CapturedOutput output) {
        get("/products/6", null);

        ReceivedSpan server = collector.awaitSpan(serverSpanOf("storefront", "/products/6"), WAIT);
        ReceivedSpan callee = collector.awaitSpan(serverSpanOf("stockroom", "/stock/6"), WAIT);
        ReceivedSpan step = collector.awaitSpan(span -> span.traceId().equals(server.traceId())
                && span.span().getName().equals("load product"), WAIT);
        String traceId = "1-" + server.traceId().substring(0, 8) + "-" + server.traceId().substring(8);
        JsonNode storefrontLine = TracedServices.logLine(output, "Looking up product 6");
        JsonNode stockroomLine = TracedServices.logLine(output, "Counting stock of product 6");
        assertThat(storefrontLine.path("trace_id").asString()).isEqualTo(traceId);
        assertThat(storefrontLine.path("span_id").asString()).isEqualTo(step.spanId());
        assertThat(stockroomLine.path("trace_id").asString()).isEqualTo(traceId);
        assertThat(stockroomLine.path("span_id").asString()).isEqualTo(callee.spanId());
    }

    @Test
    void theSignedInUserIsTheServerSpansEndUser() {
        HttpResponse<String> response = get("/me", services.mint().accessToken(CUSTOMER, "hanako@example.com", "customer"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(collector.awaitSpan(serverSpanOf("storefront", "/me"), WAIT).stringAttribute("enduser.id"))
                .isEqualTo(CUSTOMER.toString());
    }

    @Test
    void anAnonymousRequestHasNoEndUser() {
        get("/products/7", null);

        assertThat(collector.awaitSpan(serverSpanOf("storefront", "/products/7"), WAIT).attribute("enduser.id")).isEmpty();
    }

    @Test
    void tooManyRequestsIsTheClientsAffairWithItsStatusOnTheSpan() {
        assertThat(get("/busy", null).statusCode()).isEqualTo(429);

        ReceivedSpan server = collector.awaitSpan(serverSpanOf("storefront", "/busy"), WAIT);
        assertThat(server.attribute("http.response.status_code").map(AnyValue::getIntValue)).contains(429L);
        assertThat(server.span().getStatus().getCode()).as("X-Ray's throttle flag comes from this status code in the exporter")
                .isEqualTo(Status.StatusCode.STATUS_CODE_UNSET);
    }

    @Test
    void aServerFailureIsAnErrorSpanWithItsException() {
        assertThat(get("/broken", null).statusCode()).isEqualTo(500);

        ReceivedSpan server = collector.awaitSpan(serverSpanOf("storefront", "/broken"), WAIT);
        assertThat(server.span().getStatus().getCode()).isEqualTo(Status.StatusCode.STATUS_CODE_ERROR);
        Span.Event exception = exceptionOf(server);
        assertThat(RecordingCollector.attribute(exception.getAttributesList(), "exception.type").map(AnyValue::getStringValue))
                .contains("java.lang.IllegalStateException");
        assertThat(RecordingCollector.attribute(exception.getAttributesList(), "exception.message").map(AnyValue::getStringValue))
                .contains("the shelf collapsed");
        assertThat(RecordingCollector.attribute(exception.getAttributesList(), "exception.stacktrace")
                .map(AnyValue::getStringValue).orElse("")).contains("at o11yshop.");
    }

    @Test
    void aClientErrorKeepsItsExceptionButIsNotAnErrorOfTheServer() {
        assertThat(get("/missing", null).statusCode()).isEqualTo(404);

        ReceivedSpan server = collector.awaitSpan(serverSpanOf("storefront", "/missing"), WAIT);
        assertThat(server.span().getStatus().getCode()).isEqualTo(Status.StatusCode.STATUS_CODE_UNSET);
        assertThat(server.attribute("http.response.status_code").map(AnyValue::getIntValue)).contains(404L);
        assertThat(RecordingCollector.attribute(exceptionOf(server).getAttributesList(), "exception.type")
                .map(AnyValue::getStringValue)).contains("o11yshop.platform.web.problem.ResourceNotFoundException");
    }

    @Test
    void aFailedBusinessStepIsAnErrorOfItsOwn() {
        get("/failing-step", null);

        ReceivedSpan server = collector.awaitSpan(serverSpanOf("storefront", "/failing-step"), WAIT);
        ReceivedSpan step = collector.awaitSpan(span -> span.traceId().equals(server.traceId())
                && span.span().getName().equals("pay"), WAIT);
        assertThat(step.span().getStatus().getCode()).isEqualTo(Status.StatusCode.STATUS_CODE_ERROR);
        assertThat(RecordingCollector.attribute(exceptionOf(step).getAttributesList(), "exception.message")
                .map(AnyValue::getStringValue)).contains("the payment provider declined");
        assertThat(server.span().getStatus().getCode()).isEqualTo(Status.StatusCode.STATUS_CODE_ERROR);
    }

    @Test
    void anUnsampledRequestStaysUnsampledDownstreamYetItsLogLinesShareOneTraceId(CapturedOutput output) {
        String traceId = "5f84c7a1" + "5e4d0f2a9b1c3d4e5f607183";
        HttpResponse<String> response = get("/unsampled/products/8", null, "traceparent", "00-" + traceId + "-a1b2c3d4e5f60718-00");
        // a sampled request after it: once its spans are in, the unsampled one's would be too
        get("/products/9", null);
        collector.awaitSpan(serverSpanOf("stockroom", "/stock/9"), WAIT);

        String xrayTraceId = "1-5f84c7a1-5e4d0f2a9b1c3d4e5f607183";
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.path("traceId").asString()).isEqualTo(xrayTraceId);
        assertThat(answer.path("receivedTraceHeader").asString()).startsWith("Root=" + xrayTraceId + ";").endsWith(";Sampled=0");
        assertThat(collector.spans()).noneMatch(span -> span.traceId().equals(traceId));
        JsonNode storefrontLine = TracedServices.logLine(output, "Looking up product 8 without recording it");
        JsonNode stockroomLine = TracedServices.logLine(output, "Counting stock of product 8");
        assertThat(storefrontLine.path("trace_id").asString()).isEqualTo(xrayTraceId);
        assertThat(stockroomLine.path("trace_id").asString()).isEqualTo(xrayTraceId);
        assertThat(storefrontLine.has("span_id")).as("no span is recorded, so there is none to point at").isFalse();
    }

    @Test
    void workForAMessageIsAConsumerSpanInTheTraceOfTheRequestThatSentIt(CapturedOutput output) throws Exception {
        HttpResponse<String> response = services.post("/orders/21");

        ReceivedSpan request = collector.awaitSpan(serverSpanOf("storefront", "/orders/21"), WAIT);
        ReceivedSpan messageWork = collector.awaitSpan(span -> span.service().equals("storefront")
                && span.attribute("order_id").map(AnyValue::getIntValue).orElse(0L) == 21L, WAIT);
        String xrayTraceId = "1-" + request.traceId().substring(0, 8) + "-" + request.traceId().substring(8);
        assertThat(JSON.readTree(response.body()).path("traceHeader").asString())
                .isEqualTo("Root=" + xrayTraceId + ";Parent=" + request.spanId() + ";Sampled=1");
        assertThat(messageWork.span().getKind()).isEqualTo(Span.SpanKind.SPAN_KIND_CONSUMER);
        assertThat(messageWork.traceId()).isEqualTo(request.traceId());
        assertThat(messageWork.parentSpanId()).isEqualTo(request.spanId());
        collector.awaitSpan(span -> span.parentSpanId().equals(messageWork.spanId())
                && span.attribute("db.query.text").isPresent(), WAIT);
        JsonNode line = TracedServices.logLine(output, "Committing the stock of order 21");
        assertThat(line.path("trace_id").asString()).isEqualTo(xrayTraceId);
        assertThat(line.path("span_id").asString()).isEqualTo(messageWork.spanId());
    }

    @Test
    void statementsOutsideARequestStartNoTrace() {
        get("/products/10", null);
        collector.awaitSpan(serverSpanOf("stockroom", "/stock/10"), WAIT);

        assertThat(collector.spans()).as("every trace starts with a request or a message's work, Flyway's start-up statements"
                        + " included").filteredOn(span -> span.parentSpanId().isEmpty()).isNotEmpty()
                .allSatisfy(span -> assertThat(span.span().getKind())
                        .isIn(Span.SpanKind.SPAN_KIND_SERVER, Span.SpanKind.SPAN_KIND_CONSUMER));
    }

    @Test
    void metricsLeaveAsOtlpUnderTheSemanticConventionsNamesWithTheShopsOwnBesideThem() {
        get("/search?q=nothing", null);

        Duration exported = Duration.ofSeconds(5);
        assertThat(collector.awaitMetric(metric -> metric.service().equals("storefront")
                && metric.metric().getName().equals("http.server.request.duration"), exported).metric().hasExponentialHistogram())
                .as("percentiles survive only in exponential histograms").isTrue();
        collector.awaitMetric(metric -> metric.metric().getName().equals("shop.searches"), exported);
        collector.awaitMetric(metric -> metric.metric().getName().equals("jvm.memory.used"), exported);
        collector.awaitMetric(metric -> metric.metric().getName().startsWith("hikaricp.connections"), exported);
        assertThat(collector.metrics()).as("Micrometer's request timer and JVM meters stay in Prometheus")
                .noneMatch(metric -> metric.metric().getName().startsWith("http.server.requests"))
                .noneMatch(metric -> metric.metric().getName().equals("process.cpu.usage"));
    }

    @Test
    void logRecordsCanTravelOverOtlpWithTheirTraceAndSpan() {
        get("/products/13", null);

        ReceivedSpan step = collector.awaitSpan(span -> span.service().equals("storefront")
                && span.span().getName().equals("load product")
                && span.attribute("product_id").map(AnyValue::getIntValue).orElse(0L) == 13L, WAIT);
        var record = collector.awaitLogRecord(log -> log.logRecord().getBody().getStringValue().equals("Looking up product 13"), WAIT)
                .logRecord();
        assertThat(RecordingCollector.hex(record.getTraceId().toByteArray())).isEqualTo(step.traceId());
        assertThat(RecordingCollector.hex(record.getSpanId().toByteArray())).isEqualTo(step.spanId());
        assertThat(record.getSeverityText()).isEqualTo("INFO");
    }

    private HttpResponse<String> get(String path, String token, String... headers) {
        return services.get(path, token, headers);
    }

    private static Predicate<ReceivedSpan> serverSpanOf(String service, String path) {
        return span -> span.service().equals(service) && span.span().getKind() == Span.SpanKind.SPAN_KIND_SERVER
                && span.stringAttribute("url.path").equals(path);
    }

    private static Span.Event exceptionOf(ReceivedSpan span) {
        return span.span().getEventsList().stream().filter(event -> event.getName().equals("exception")).findFirst()
                .orElseThrow(() -> new AssertionError("No exception event on " + span.span().getName()));
    }
}
