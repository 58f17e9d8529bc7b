package o11yshop.launcher.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a sender can get wrong, sent by hand; the receiver answers as OTLP/HTTP says and stays up. */
class OtlpHttpReceiverBadInputTest {

    private static final String PROTOBUF = "application/x-protobuf";
    private static final String TRACE_ID = "5759e988bd862e3fe1be46a994272793";

    @RegisterExtension
    final RunningOtlpReceiver otlp = new RunningOtlpReceiver();
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aGzippedProtobufExportIsTakenAndAnsweredWithAnEmptyResponse() throws Exception {
        byte[] gzipped = gzip(oneSpan().toByteArray());
        HttpResponse<byte[]> response = post("/v1/traces", PROTOBUF, "gzip", gzipped);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROTOBUF);
        assertThat(response.body()).isEmpty();
        assertThat(otlp.buffer().recentTraces(10)).singleElement()
                .satisfies(trace -> assertThat(trace.spans()).singleElement().asString().contains("\"name\":\"by hand\""));
        TelemetryVolume.Exports traces = otlp.buffer().volume().otlp(TelemetryVolume.Signal.TRACES);
        assertThat(traces.requests()).isEqualTo(1);
        assertThat(traces.wireBytes()).isEqualTo(gzipped.length);
        assertThat(traces.uncompressedBytes()).isEqualTo(oneSpan().getSerializedSize());
    }

    @Test
    void aBodyThatIsNotAnExportIsABadRequestWithAStatusInTheSameEncoding() throws Exception {
        HttpResponse<byte[]> garbage = post("/v1/traces", PROTOBUF, null, "this is not protobuf".getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> badJson = post("/v1/logs", "application/json", null, "{\"resourceLogs\":".getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> badGzip = post("/v1/metrics", PROTOBUF, "gzip", new byte[] {1, 2, 3, 4});

        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(garbage.headers().firstValue("Content-Type")).hasValue(PROTOBUF);
        // google.rpc.Status: field 1 (code) = 3, INVALID_ARGUMENT
        assertThat(garbage.body()).startsWith(0x08, 0x03);
        assertThat(badJson.statusCode()).isEqualTo(400);
        assertThat(new String(badJson.body(), StandardCharsets.UTF_8)).startsWith("{\"code\":3,\"message\":");
        assertThat(badGzip.statusCode()).isEqualTo(400);
        // refused exports are not counted as telemetry that arrived
        for (TelemetryVolume.Signal signal : TelemetryVolume.Signal.values()) {
            assertThat(otlp.buffer().volume().otlp(signal).requests()).isZero();
        }
    }

    @Test
    void otherPathsMethodsContentTypesAndEncodingsAreRefused() throws Exception {
        HttpResponse<byte[]> get = client.send(request("/v1/traces").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> elsewhere = post("/v1/profiles", PROTOBUF, null, oneSpan().toByteArray());
        HttpResponse<byte[]> text = post("/v1/traces", "text/plain", null, oneSpan().toByteArray());
        HttpResponse<byte[]> brotli = post("/v1/traces", PROTOBUF, "br", oneSpan().toByteArray());

        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(brotli.statusCode()).isEqualTo(415);
        assertThat(otlp.buffer().recentTraces(10)).isEmpty();
        assertThat(otlp.receiver().rejected()).isEqualTo(4);
    }

    @Test
    void anExportOverTheLimitIsTooLargeEvenWhenItsGzipIsSmall() throws Exception {
        byte[] unpacked = new byte[OtlpHttpReceiver.MAX_BODY_BYTES + 1];

        HttpResponse<byte[]> tooLarge = post("/v1/traces", PROTOBUF, "gzip", gzip(unpacked));
        HttpResponse<byte[]> afterwards = post("/v1/traces", PROTOBUF, null, oneSpan().toByteArray());

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(afterwards.statusCode()).isEqualTo(200);
    }

    private static ExportTraceServiceRequest oneSpan() {
        Span span = Span.newBuilder()
                .setTraceId(ByteString.copyFrom(HexFormat.of().parseHex(TRACE_ID)))
                .setSpanId(ByteString.copyFrom(HexFormat.of().parseHex("70de5b6f19ff9a0a")))
                .setName("by hand")
                .build();
        return ExportTraceServiceRequest.newBuilder()
                .addResourceSpans(ResourceSpans.newBuilder().addScopeSpans(ScopeSpans.newBuilder().addSpans(span)))
                .build();
    }

    private HttpResponse<byte[]> post(String path, String contentType, String contentEncoding, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentEncoding != null) {
            request.header("Content-Encoding", contentEncoding);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(otlp.url(path)));
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(packed)) {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return packed.toByteArray();
    }
}
