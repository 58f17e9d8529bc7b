package o11yshop.platform.observability.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.cbor.CBORMapper;

/**
 * Stands in for CloudWatch's API endpoint in tests: a local HTTP server that keeps every request the
 * AWS SDK sends it, as sent, and answers each as CloudWatch answers a successful PutMetricData in the
 * Smithy RPC v2 CBOR protocol (200, an empty CBOR map). Point a client at it with
 * {@code endpointOverride(endpoint())}. Bodies are decoded as the service would: un-gzipped when the
 * SDK compressed them (it does above 10 kB), then read from CBOR.
 */
public final class RecordingCloudWatch implements AutoCloseable {

    /** An empty CBOR map: a successful operation without output. */
    private static final byte[] EMPTY_CBOR_MAP = {(byte) 0xA0};
    private static final CBORMapper CBOR = CBORMapper.builder().build();

    /**
     * One request as it arrived.
     *
     * @param headers names in lower case, as HTTP/1.1 leaves their case open
     * @param body the body after {@code Content-Encoding} is undone
     */
    public record Request(String method, String path, Map<String, List<String>> headers, byte[] body) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.getFirst();
        }

        /** The body read as CBOR: for PutMetricData, {@code {"Namespace": …, "MetricData": [ … ]}}. */
        public JsonNode document() {
            return CBOR.readTree(body);
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private RecordingCloudWatch(HttpServer server) {
        this.server = server;
        server.createContext("/", this::record);
        server.start();
    }

    public static RecordingCloudWatch start() {
        try {
            return new RecordingCloudWatch(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not bind a TCP port on 127.0.0.1", e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Every request received so far. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Waits for a request that matches; fails with what was received when none comes in time. */
    public Request await(Predicate<Request> matching, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (Request request : requests) {
                if (matching.test(request)) {
                    return request;
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No matching request within " + timeout + "; received " + requests.size() + ": "
                + requests.stream().map(request -> request.method() + " " + request.path()).toList());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void record(HttpExchange exchange) throws IOException {
        byte[] sent = exchange.getRequestBody().readAllBytes();
        Map<String, List<String>> headers = exchange.getRequestHeaders().entrySet().stream()
                .collect(Collectors.toMap(header -> header.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));
        byte[] body = "gzip".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                ? new GZIPInputStream(new ByteArrayInputStream(sent)).readAllBytes()
                : sent;
        requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body));
        exchange.getResponseHeaders().set("Content-Type", "application/cbor");
        exchange.getResponseHeaders().set("smithy-protocol", "rpc-v2-cbor");
        exchange.sendResponseHeaders(200, EMPTY_CBOR_MAP.length);
        exchange.getResponseBody().write(EMPTY_CBOR_MAP);
        exchange.close();
    }
}
