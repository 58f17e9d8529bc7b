package o11yshop.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import o11yshop.launcher.telemetry.TelemetryBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ApiProxyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HttpServer upstream;
    private final CountDownLatch releaseSlowResponses = new CountDownLatch(1);
    private Edge edge;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void startUpstreamAndEdge() throws IOException {
        upstream = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        upstream.createContext("/api/echo", exchange -> {
            // answers with everything it was sent, so that the test sees what the edge forwarded
            Map<String, Object> echo = new TreeMap<>();
            echo.put("method", exchange.getRequestMethod());
            echo.put("path", exchange.getRequestURI().getRawPath());
            echo.put("query", exchange.getRequestURI().getRawQuery());
            echo.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
            echo.put("headers", headers);
            byte[] body = JSON.writeValueAsBytes(echo);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("Set-Cookie", "a=1");
            exchange.getResponseHeaders().add("Set-Cookie", "b=2");
            exchange.getResponseHeaders().add("Keep-Alive", "timeout=5");
            exchange.getResponseHeaders().add("X-Upstream", "echo");
            exchange.sendResponseHeaders(201, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        upstream.createContext("/api/bytes", exchange -> {
            // answers with a digest of the body, so that a test sees whether every byte arrived unchanged
            byte[] received = exchange.getRequestBody().readAllBytes();
            Map<String, Object> summary = new TreeMap<>();
            summary.put("method", exchange.getRequestMethod());
            summary.put("length", received.length);
            summary.put("sha256", sha256(received));
            summary.put("contentType", exchange.getRequestHeaders().getFirst("Content-Type"));
            summary.put("contentLength", exchange.getRequestHeaders().getFirst("Content-Length"));
            summary.put("transferEncoding", exchange.getRequestHeaders().getFirst("Transfer-Encoding"));
            if (exchange.getRequestMethod().equals("DELETE")) {
                exchange.getResponseHeaders().add("X-Summary", JSON.writeValueAsString(summary));
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
                return;
            }
            byte[] body = JSON.writeValueAsBytes(summary);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        upstream.createContext("/api/early", exchange -> {
            // refuses before reading the body, as a service does for a bad signature or a wrong type, and then
            // reads the rest and drops it, as the catalog's Tomcat does (server.tomcat.max-swallow-size)
            byte[] problem = "{\"type\":\"urn:o11y-shop:problem:upload-url-invalid\",\"status\":403}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            exchange.sendResponseHeaders(403, problem.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(problem);
                out.flush();
                exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
            }
        });
        upstream.createContext("/api/slow", exchange -> {
            try {
                releaseSlowResponses.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        upstream.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        upstream.start();

        URI origin = URI.create("http://127.0.0.1:" + upstream.getAddress().getPort());
        Map<String, URI> origins = Map.of("echo", origin, "bytes", origin, "early", origin, "slow", origin,
                "down", URI.create("http://127.0.0.1:" + closedPort()));
        ApiProxy proxy = new ApiProxy(origins, new ApiProxy.Timeouts(Duration.ofSeconds(2), Duration.ofMillis(500)));
        edge = Edge.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), proxy,
                new ControlApi(new FakeServiceControl()),
                new TelemetryApi(new TelemetryBuffer(TelemetryBuffer.Limits.DEFAULT, Clock.systemUTC())), Optional.empty());
    }

    @AfterEach
    void stopAll() {
        releaseSlowResponses.countDown();
        edge.close();
        upstream.stop(0);
    }

    @Test
    void forwardsMethodPathQueryHeadersAndBodyUnchanged() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(edgeUri("/api/echo/items/42?sort=price%20asc&page=2"))
                .method("PUT", BodyPublishers.ofString("{\"quantity\":3}"))
                .header("Content-Type", "application/json")
                .header("X-Request-Id", "req-123")
                .header("Authorization", "Bearer token")
                .build(), BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode echo = JSON.readTree(response.body());
        assertThat(echo.get("method").asString()).isEqualTo("PUT");
        assertThat(echo.get("path").asString()).isEqualTo("/api/echo/items/42");
        assertThat(echo.get("query").asString()).isEqualTo("sort=price%20asc&page=2");
        assertThat(echo.get("body").asString()).isEqualTo("{\"quantity\":3}");
        JsonNode headers = echo.get("headers");
        assertThat(headers.get("content-type").asString()).isEqualTo("application/json");
        assertThat(headers.get("x-request-id").asString()).isEqualTo("req-123");
        assertThat(headers.get("authorization").asString()).isEqualTo("Bearer token");
    }

    @Test
    void addsForwardedHeadersAndDropsHopByHopOnes() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(edgeUri("/api/echo"))
                .header("X-Forwarded-For", "203.0.113.7")
                .header("TE", "trailers")
                .header("X-Custom-Hop", "only-for-this-connection")
                .header("Proxy-Authorization", "Basic abc")
                .build(), BodyHandlers.ofString());

        JsonNode headers = JSON.readTree(response.body()).get("headers");
        assertThat(headers.get("x-forwarded-for").asString()).isEqualTo("203.0.113.7, 127.0.0.1");
        assertThat(headers.get("x-forwarded-proto").asString()).isEqualTo("http");
        assertThat(headers.get("x-forwarded-host").asString()).isEqualTo("127.0.0.1:" + edge.port());
        assertThat(headers.has("te")).isFalse();
        assertThat(headers.has("proxy-authorization")).isFalse();
    }

    @Test
    void dropsHeadersNamedInTheConnectionHeader() throws Exception {
        RawHttp.Response response = RawHttp.send(edge.port(), "GET /api/echo HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: keep-alive, X-Custom-Hop\r\nX-Custom-Hop: 1\r\nX-Kept: 2\r\n\r\n");

        assertThat(response.text()).contains("\"x-kept\":\"2\"").doesNotContain("x-custom-hop");
    }

    @Test
    void relaysTheResponseStatusHeadersAndBody() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(edgeUri("/api/echo")).build(), BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().allValues("Set-Cookie")).containsExactlyInAnyOrder("a=1", "b=2");
        assertThat(response.headers().firstValue("X-Upstream")).hasValue("echo");
        assertThat(response.headers().firstValue("Keep-Alive")).isEmpty();
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    }

    @Test
    void streamsALargeRequestBodyThrough() throws Exception {
        String large = "x".repeat(3 * 1024 * 1024);

        HttpResponse<String> response = client.send(HttpRequest.newBuilder(edgeUri("/api/echo/upload"))
                .POST(BodyPublishers.ofString(large)).build(), BodyHandlers.ofString());

        assertThat(JSON.readTree(response.body()).get("body").asString()).hasSize(large.length());
    }

    /** An image upload through the edge: the largest the catalog takes, in binary, every byte as sent. */
    @Test
    void relaysABinaryPutOfFiveMegabytesByteForByte() throws Exception {
        byte[] image = new byte[5 * 1024 * 1024];
        new Random(42).nextBytes(image);

        HttpResponse<String> response = client.send(HttpRequest.newBuilder(edgeUri("/api/bytes/uploads/products/1/a.png?expires=1&signature=ab"))
                .PUT(BodyPublishers.ofByteArray(image))
                .header("Content-Type", "image/png")
                .build(), BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode summary = JSON.readTree(response.body());
        assertThat(summary.get("method").asString()).isEqualTo("PUT");
        assertThat(summary.get("length").asInt()).isEqualTo(image.length);
        assertThat(summary.get("sha256").asString()).isEqualTo(sha256(image));
        assertThat(summary.get("contentType").asString()).isEqualTo("image/png");
        assertThat(summary.get("contentLength").asString()).isEqualTo(Integer.toString(image.length));
    }

    /** The response timeout (half a second here) is for the service's answer, not for a slow uploader. */
    @Test
    void anUploadSlowerThanTheResponseTimeoutStillGoesThrough() throws Exception {
        byte[] body = new byte[64 * 1024];
        new Random(3).nextBytes(body);
        InputStream trickle = new FilterInputStream(new ByteArrayInputStream(body)) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.read(buffer, offset, Math.min(length, 8 * 1024));
            }
        };

        HttpResponse<String> response = client.send(HttpRequest.newBuilder(edgeUri("/api/bytes/slow-upload"))
                .PUT(BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> trickle), body.length))
                .build(), BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("sha256").asString()).isEqualTo(sha256(body));
    }

    @Test
    void relaysAnAnswerGivenBeforeTheBodyWasRead() throws Exception {
        byte[] image = new byte[5 * 1024 * 1024];

        for (int attempt = 0; attempt < 10; attempt++) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(edgeUri("/api/early/uploads/x.png"))
                    .PUT(BodyPublishers.ofByteArray(image)).header("Content-Type", "image/png").build(), BodyHandlers.ofString());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
            assertThat(response.body()).contains("upload-url-invalid");
        }
    }

    @Test
    void relaysAChunkedBodyAsItArrives() throws Exception {
        byte[] body = new byte[300 * 1024];
        new Random(7).nextBytes(body);

        HttpResponse<String> response = client.send(HttpRequest.newBuilder(edgeUri("/api/bytes"))
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build(), BodyHandlers.ofString());

        JsonNode summary = JSON.readTree(response.body());
        assertThat(summary.get("length").asInt()).isEqualTo(body.length);
        assertThat(summary.get("sha256").asString()).isEqualTo(sha256(body));
    }

    @Test
    void relaysADeleteWithoutABody() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(edgeUri("/api/bytes/products/7"))
                .DELETE().build(), BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        JsonNode summary = JSON.readTree(response.headers().firstValue("X-Summary").orElseThrow());
        assertThat(summary.get("method").asString()).isEqualTo("DELETE");
        assertThat(summary.get("length").asInt()).isZero();
        assertThat(summary.get("transferEncoding").isNull()).isTrue();
    }

    @Test
    void relaysAPostWithAnEmptyBody() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(edgeUri("/api/bytes/reservations/1/release"))
                .POST(BodyPublishers.noBody()).build(), BodyHandlers.ofString());

        JsonNode summary = JSON.readTree(response.body());
        assertThat(summary.get("method").asString()).isEqualTo("POST");
        assertThat(summary.get("length").asInt()).isZero();
        assertThat(summary.get("contentLength").asString()).isEqualTo("0");
    }

    @Test
    void anUnknownServiceIsARouteNotFoundProblem() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(edgeUri("/api/nope/things")).build(), BodyHandlers.ofString());

        assertProblem(response, 404, "urn:o11y-shop:problem:route-not-found");
    }

    @Test
    void aServiceThatIsDownIsUnavailable() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(edgeUri("/api/down/things")).build(), BodyHandlers.ofString());

        assertProblem(response, 503, "urn:o11y-shop:problem:service-unavailable");
        assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("down");
    }

    @Test
    void aServiceThatAnswersTooLateIsATimeout() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(edgeUri("/api/slow")).build(), BodyHandlers.ofString());

        assertProblem(response, 504, "urn:o11y-shop:problem:upstream-timeout");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo(type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private URI edgeUri(String path) {
        return URI.create("http://127.0.0.1:" + edge.port() + path);
    }

    /** A port that nothing listens on: taken from the system, then released. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
