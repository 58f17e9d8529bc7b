package o11yshop.platform.observability.awsnative.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import o11yshop.platform.observability.StorefrontAndStockroom;
import o11yshop.platform.observability.TracedServices;
import o11yshop.platform.observability.testing.RecordingDaemon;
import o11yshop.platform.observability.testing.SegmentDocumentSpec;
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
 * Two real services in mode {@code xray} — "storefront" calling "stockroom", which asks a real
 * PostgreSQL — sending real UDP datagrams to a recording daemon; every document received is checked
 * against the X-Ray segment document specification before anything else is asserted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class XRayTracingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final UUID CUSTOMER = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");

    private RecordingDaemon daemon;
    private StorefrontAndStockroom services;

    @BeforeAll
    void startServices() {
        daemon = RecordingDaemon.start();
        TracedServices.pointXRayAt(daemon.address());
        services = StorefrontAndStockroom.start("--shop.observability.mode=xray",
                "--shop.observability.xray.sampling-rules=classpath:test-sampling-rules.json");
    }

    @AfterAll
    void stop() {
        services.close();
        daemon.close();
        TracedServices.forgetXRayDaemon();
    }

    @Test
    void everyDocumentSentMeetsTheSegmentDocumentSpecification() {
        get("/products/1", null);
        get("/broken", null);
        daemon.await(segmentOf("storefront", "/broken"), WAIT);

        List<JsonNode> documents = daemon.documents();
        assertThat(documents).isNotEmpty();
        documents.forEach(SegmentDocumentSpec::check);
        assertThat(daemon.datagrams()).allSatisfy(datagram ->
                assertThat(datagram).startsWith(SegmentDocumentSpec.DAEMON_HEADER + "\n"));
    }

    @Test
    void aRequestIsASegmentNamedAfterTheServiceWithItsHttpDetails() {
        HttpResponse<String> response = get("/products/2", null);

        JsonNode segment = daemon.await(segmentOf("storefront", "/products/2"), WAIT);
        SegmentDocumentSpec.check(segment);
        assertThat(segment.path("http").path("request").path("method").asString()).isEqualTo("GET");
        assertThat(segment.path("http").path("request").path("client_ip").asString()).isEqualTo("127.0.0.1");
        assertThat(segment.path("http").path("response").path("status").asInt()).isEqualTo(200);
        assertThat(segment.path("service").path("version").asString()).isEqualTo("dev");
        assertThat(segment.has("parent_id")).as("the first service of a trace has no parent").isFalse();
        String traceHeader = response.headers().firstValue("X-Amzn-Trace-Id").orElseThrow();
        assertThat(traceHeader).startsWith("Root=" + segment.path("trace_id").asString());
        assertThat(JSON.readTree(response.body()).path("traceId").asString()).isEqualTo(segment.path("trace_id").asString());
    }

    @Test
    void aCallToAnotherServiceContinuesTheTraceUnderTheCallsSubsegment() {
        get("/products/3", null);

        JsonNode storefrontSegment = daemon.await(segmentOf("storefront", "/products/3"), WAIT);
        JsonNode stockroomSegment = daemon.await(segmentOf("stockroom", "/stock/3"), WAIT);
        JsonNode call = subsegments(storefrontSegment)
                .filter(subsegment -> subsegment.path("http").path("request").path("url").asString().endsWith("/stock/3"))
                .findFirst().orElseThrow();
        assertThat(call.path("namespace").asString()).isEqualTo("remote");
        assertThat(call.path("name").asString()).isEqualTo("127.0.0.1");
        assertThat(call.path("http").path("request").path("method").asString()).isEqualTo("GET");
        assertThat(call.path("http").path("response").path("status").asInt()).isEqualTo(200);
        assertThat(stockroomSegment.path("trace_id").asString()).isEqualTo(storefrontSegment.path("trace_id").asString());
        assertThat(stockroomSegment.path("parent_id").asString()).isEqualTo(call.path("id").asString());
    }

    @Test
    void everySqlStatementIsASubsegmentWithTheQueryButNotItsValues() {
        get("/products/4", null);

        JsonNode stockroomSegment = daemon.await(segmentOf("stockroom", "/stock/4"), WAIT);
        JsonNode query = subsegments(stockroomSegment).filter(subsegment -> subsegment.has("sql")).findFirst().orElseThrow();
        JsonNode sql = query.path("sql");
        assertThat(query.path("namespace").asString()).isEqualTo("remote");
        assertThat(query.path("name").asString()).endsWith("@127.0.0.1");
        assertThat(sql.path("sanitized_query").asString()).isEqualTo("select ? + 40");
        assertThat(sql.path("database_type").asString()).isEqualTo("PostgreSQL");
        assertThat(sql.path("database_version").asString()).isNotBlank();
        assertThat(sql.path("driver_version").asString()).isNotBlank();
        assertThat(sql.path("url").asString()).startsWith("jdbc:postgresql://127.0.0.1");
    }

    @Test
    void aBusinessStepIsASubsegmentWithSearchableAnnotationsAndMetadata() {
        get("/products/5", null);

        JsonNode segment = daemon.await(segmentOf("storefront", "/products/5"), WAIT);
        JsonNode step = subsegments(segment).filter(subsegment -> subsegment.path("name").asString().equals("load product"))
                .findFirst().orElseThrow();
        assertThat(step.path("annotations").path("product_id").asLong()).isEqualTo(5);
        assertThat(step.path("annotations").path("category").asString()).isEqualTo("books");
        assertThat(step.path("metadata").path("default").path("source").asString()).isEqualTo("test catalogue");
        assertThat(step.has("namespace")).as("local work, not a downstream call").isFalse();
    }

    @Test
    void logLinesCarryTheTraceAndTheSegmentOrSubsegmentTheyWereWrittenIn(CapturedOutput output) {
        get("/products/6", null);

        JsonNode storefrontSegment = daemon.await(segmentOf("storefront", "/products/6"), WAIT);
        JsonNode stockroomSegment = daemon.await(segmentOf("stockroom", "/stock/6"), WAIT);
        String traceId = storefrontSegment.path("trace_id").asString();
        String stepId = subsegments(storefrontSegment)
                .filter(subsegment -> subsegment.path("name").asString().equals("load product"))
                .findFirst().orElseThrow().path("id").asString();
        JsonNode storefrontLine = TracedServices.logLine(output, "Looking up product 6");
        JsonNode stockroomLine = TracedServices.logLine(output, "Counting stock of product 6");
        assertThat(storefrontLine.path("trace_id").asString()).isEqualTo(traceId).matches("1-[0-9a-f]{8}-[0-9a-f]{24}");
        assertThat(storefrontLine.path("span_id").asString()).isEqualTo(stepId);
        assertThat(stockroomLine.path("trace_id").asString()).isEqualTo(traceId);
        assertThat(stockroomLine.path("span_id").asString()).isEqualTo(stockroomSegment.path("id").asString());
        assertThat(stockroomLine.path("request_id").asString()).isEqualTo(storefrontLine.path("request_id").asString());
    }

    @Test
    void theSignedInUserIsTheSegmentsUser() {
        HttpResponse<String> response = get("/me", services.mint().accessToken(CUSTOMER, "hanako@example.com", "customer"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode segment = daemon.await(segmentOf("storefront", "/me"), WAIT);
        assertThat(segment.path("user").asString()).isEqualTo(CUSTOMER.toString());
    }

    @Test
    void anAnonymousRequestHasNoUser() {
        get("/products/7", null);

        assertThat(daemon.await(segmentOf("storefront", "/products/7"), WAIT).has("user")).isFalse();
    }

    @Test
    void aServerFailureIsAFaultWithItsException() {
        assertThat(get("/broken", null).statusCode()).isEqualTo(500);

        JsonNode segment = daemon.await(segmentOf("storefront", "/broken"), WAIT);
        assertThat(segment.path("fault").asBoolean()).isTrue();
        assertThat(segment.path("error").asBoolean(false)).isFalse();
        JsonNode exception = segment.path("cause").path("exceptions").get(0);
        assertThat(exception.path("type").asString()).isEqualTo("java.lang.IllegalStateException");
        assertThat(exception.path("message").asString()).isEqualTo("the shelf collapsed");
        assertThat(exception.path("stack").size()).isPositive();
    }

    @Test
    void aClientErrorIsAnErrorWithItsCauseNotAFault() {
        assertThat(get("/missing", null).statusCode()).isEqualTo(404);

        JsonNode segment = daemon.await(segmentOf("storefront", "/missing"), WAIT);
        assertThat(segment.path("error").asBoolean()).isTrue();
        assertThat(segment.path("fault").asBoolean(false)).isFalse();
        assertThat(segment.path("cause").path("exceptions").get(0).path("type").asString())
                .isEqualTo("o11yshop.platform.web.problem.ResourceNotFoundException");
    }

    @Test
    void tooManyRequestsIsAThrottle() {
        assertThat(get("/busy", null).statusCode()).isEqualTo(429);

        JsonNode segment = daemon.await(segmentOf("storefront", "/busy"), WAIT);
        assertThat(segment.path("throttle").asBoolean()).isTrue();
        assertThat(segment.path("error").asBoolean()).isTrue();
    }

    @Test
    void aFailedBusinessStepIsAFaultOfItsOwn() {
        get("/failing-step", null);

        JsonNode segment = daemon.await(segmentOf("storefront", "/failing-step"), WAIT);
        JsonNode step = subsegments(segment).filter(subsegment -> subsegment.path("name").asString().equals("pay"))
                .findFirst().orElseThrow();
        assertThat(step.path("fault").asBoolean()).isTrue();
        assertThat(step.path("cause").path("exceptions").get(0).path("message").asString())
                .isEqualTo("the payment provider declined");
        assertThat(segment.path("fault").asBoolean()).isTrue();
    }

    @Test
    void anUnsampledRequestStaysUnsampledDownstreamYetItsLogLinesShareOneTraceId(CapturedOutput output) {
        HttpResponse<String> response = get("/unsampled/products/8", null);
        // a sampled request after it: once its segments are in, the unsampled one's would be too
        get("/products/9", null);
        daemon.await(segmentOf("stockroom", "/stock/9"), WAIT);

        JsonNode answer = JSON.readTree(response.body());
        String traceId = answer.path("traceId").asString();
        assertThat(traceId).matches("1-[0-9a-f]{8}-[0-9a-f]{24}");
        assertThat(answer.path("receivedTraceHeader").asString()).isEqualTo("Root=" + traceId + ";Sampled=0");
        assertThat(daemon.documents()).noneMatch(document -> document.path("trace_id").asString().equals(traceId));
        JsonNode storefrontLine = TracedServices.logLine(output, "Looking up product 8 without recording it");
        JsonNode stockroomLine = TracedServices.logLine(output, "Counting stock of product 8");
        assertThat(storefrontLine.path("trace_id").asString()).isEqualTo(traceId);
        assertThat(stockroomLine.path("trace_id").asString()).isEqualTo(traceId);
        assertThat(storefrontLine.has("span_id")).as("no segment is recorded, so there is none to point at").isFalse();
    }

    @Test
    void workForAMessageJoinsTheTraceOfTheRequestThatSentIt(CapturedOutput output) throws Exception {
        HttpResponse<String> response = services.post("/orders/21");

        JsonNode request = daemon.await(segmentOf("storefront", "/orders/21"), WAIT);
        JsonNode messageWork = daemon.await(document -> "storefront".equals(document.path("name").asString())
                && document.path("annotations").path("order_id").asLong() == 21, WAIT);
        SegmentDocumentSpec.check(messageWork);
        String traceHeader = JSON.readTree(response.body()).path("traceHeader").asString();
        assertThat(traceHeader).startsWith("Root=" + request.path("trace_id").asString() + ";Parent=" + request.path("id").asString());
        assertThat(messageWork.path("trace_id").asString()).isEqualTo(request.path("trace_id").asString());
        assertThat(messageWork.path("parent_id").asString()).isEqualTo(request.path("id").asString());
        assertThat(messageWork.has("http")).as("a message is not an HTTP request").isFalse();
        assertThat(subsegments(messageWork).filter(subsegment -> subsegment.has("sql"))).hasSize(1);
        JsonNode line = TracedServices.logLine(output, "Committing the stock of order 21");
        assertThat(line.path("trace_id").asString()).isEqualTo(request.path("trace_id").asString());
        assertThat(line.path("span_id").asString()).isEqualTo(messageWork.path("id").asString());
    }

    private HttpResponse<String> get(String path, String token) {
        return services.get(path, token);
    }

    private static Predicate<JsonNode> segmentOf(String service, String pathEnd) {
        return document -> service.equals(document.path("name").asString())
                && document.path("http").path("request").path("url").asString().endsWith(pathEnd);
    }

    /** Every subsegment of a segment, however deeply nested. */
    private static Stream<JsonNode> subsegments(JsonNode entity) {
        List<JsonNode> all = new ArrayList<>();
        entity.path("subsegments").forEach(child -> {
            all.add(child);
            subsegments(child).forEach(all::add);
        });
        return all.stream();
    }
}
