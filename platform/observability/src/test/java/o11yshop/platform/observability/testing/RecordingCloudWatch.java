package o11yshop.platform.observability.testing;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import o11yshop.platform.testing.RecordingEndpoint;
import o11yshop.platform.testing.RecordingEndpoint.Request;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.cbor.CBORMapper;

/**
 * Stands in for CloudWatch's API endpoint in tests: a {@link RecordingEndpoint} that keeps every request the
 * AWS SDK sends it, as sent, and answers each as CloudWatch answers a successful PutMetricData in the
 * Smithy RPC v2 CBOR protocol (200, an empty CBOR map). Point a client at it with
 * {@code endpointOverride(endpoint())}. Bodies are decoded as the service would: un-gzipped when the
 * SDK compressed them (it does above 10 kB), then read from CBOR.
 */
public final class RecordingCloudWatch implements AutoCloseable {

    /** An empty CBOR map: a successful operation without output. */
    private static final byte[] EMPTY_CBOR_MAP = {(byte) 0xA0};
    private static final CBORMapper CBOR = CBORMapper.builder().build();

    private final RecordingEndpoint endpoint = RecordingEndpoint.start(RecordingCloudWatch::answer);

    private RecordingCloudWatch() {
    }

    public static RecordingCloudWatch start() {
        return new RecordingCloudWatch();
    }

    public URI endpoint() {
        return endpoint.endpoint();
    }

    /** Every request received so far. */
    public List<Request> requests() {
        return endpoint.requests();
    }

    /** Waits for a request that matches; fails with what was received when none comes in time. */
    public Request await(Predicate<Request> matching, Duration timeout) {
        return endpoint.await(matching, timeout);
    }

    /** A request's body read as CBOR: for PutMetricData, {@code {"Namespace": …, "MetricData": [ … ]}}. */
    public static JsonNode document(Request request) {
        return CBOR.readTree(request.body());
    }

    @Override
    public void close() {
        endpoint.close();
    }

    private static void answer(Request request, HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/cbor");
        exchange.getResponseHeaders().set("smithy-protocol", "rpc-v2-cbor");
        RecordingEndpoint.send(exchange, 200, EMPTY_CBOR_MAP);
    }
}
