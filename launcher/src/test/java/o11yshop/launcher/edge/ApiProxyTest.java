package o11yshop.launcher.edge;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
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
    private final TestEdges.Log log = new TestEdges.Log();
    private int downPort;
    private final AtomicInteger echoed = new AtomicInteger();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void startUpstreamAndEdge() throws IOException {
        upstream = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        upstream.createContext("/api/echo", exchange -> {
            echoed.incrementAndGet();
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
        upstream.createContext("/api/inventory", exchange -> {
            echoed.incrementAndGet();
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
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
        downPort = closedPort();
        Map<String, URI> origins = Map.of("echo", origin, "bytes", origin, "early", origin, "slow", origin,
                "down", URI.create("http://127.0.0.1:" + downPort));
        ApiProxy proxy = new ApiProxy(origins, InternalRoutes.none(),
                new ApiProxy.Timeouts(Duration.ofSeconds(2), Duration.ofMillis(500)), log);
        edge = TestEdges.start(proxy, new ControlApi(new FakeServiceControl()), Optional.empty(), log);
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
                .header("TE", "trailers")
                .header("X-Custom-Hop", "only-for-this-connection")
                .header("Proxy-Authorization", "Basic abc")
                .build(), BodyHandlers.ofString());

        JsonNode headers = JSON.readTree(response.body()).get("headers");
        assertThat(headers.get("x-forwarded-for").asString()).isEqualTo("127.0.0.1");
        assertThat(headers.get("x-forwarded-proto").asString()).isEqualTo("http");
        assertThat(headers.get("x-forwarded-host").asString()).isEqualTo("127.0.0.1:" + edge.port());
        assertThat(headers.has("te")).isFalse();
        assertThat(headers.has("proxy-authorization")).isFalse();
    }

    /**
     * Issue 11 item 2: the services trust the edge's X-Forwarded-For, so a caller who could add to it would
     * choose the address identity throttles log-ins by. The edge says who asked from the connection alone.
     */
    @Test
    void whoAskedComesFromTheConnectionNeverFromTheCaller() throws Exception {
        RawHttp.Response response = RawHttp.send(edge.port(), "GET /api/echo HTTP/1.1\r\nHost: localhost\r\n"
                + "X-Forwarded-For: 203.0.113.7\r\nX-Forwarded-For: 198.51.100.1, 10.0.0.1\r\n"
                + "x-forwarded-proto: https\r\nX-Forwarded-Host: evil.example\r\nX-Forwarded-Port: 443\r\n"
                + "X-Forwarded-Prefix: /admin\r\nForwarded: for=203.0.113.7;proto=https\r\nX-Real-IP: 203.0.113.7\r\n"
                + "Connection: close\r\n\r\n");

        JsonNode headers = JSON.readTree(response.text().substring(response.text().indexOf("\r\n\r\n") + 4)).get("headers");
        assertThat(headers.get("x-forwarded-for").asString()).isEqualTo("127.0.0.1");
        assertThat(headers.get("x-forwarded-proto").asString()).isEqualTo("http");
        assertThat(headers.get("x-forwarded-host").asString()).isEqualTo("localhost");
        assertThat(headers.has("x-forwarded-port")).isFalse();
        assertThat(headers.has("x-forwarded-prefix")).isFalse();
        assertThat(headers.has("forwarded")).isFalse();
        assertThat(headers.has("x-real-ip")).isFalse();
        assertThat(response.text()).doesNotContain("203.0.113.7").doesNotContain("198.51.100.1");
    }

    @Test
    void everyRequestHasAnIdThatTheServiceIsGiven() throws Exception {
        HttpResponse<String> chosen = client.send(HttpRequest.newBuilder(edgeUri("/api/echo"))
                .header("X-Request-Id", "req-42").build(), BodyHandlers.ofString());
        HttpResponse<String> unsafe = client.send(HttpRequest.newBuilder(edgeUri("/api/echo"))
                .header("X-Request-Id", "a b<script>").build(), BodyHandlers.ofString());

        assertThat(JSON.readTree(chosen.body()).get("headers").get("x-request-id").asString()).isEqualTo("req-42");
        assertThat(JSON.readTree(unsafe.body()).get("headers").get("x-request-id").asString())
                .matches("[0-9a-f-]{36}");
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

    /** Issue 11 item 7: the answer says what the caller can do; where the edge looked goes to the console. */
    @Test
    void aServiceThatIsDownIsUnavailableWithoutSayingWhereItListens() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(edgeUri("/api/down/things"))
                .header("X-Request-Id", "down-1").build(), BodyHandlers.ofString());

        assertProblem(response, 503, "urn:o11y-shop:problem:service-unavailable");
        assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("down");
        assertTellsNothingOfTheInside(response.body());
        assertThat(log.lines).anySatisfy(line -> assertThat(line).startsWith("[down-1]").contains("http://127.0.0.1:" + downPort));
    }

    @Test
    void aServiceThatAnswersTooLateIsATimeout() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(edgeUri("/api/slow")).build(), BodyHandlers.ofString());

        assertProblem(response, 504, "urn:o11y-shop:problem:upstream-timeout");
        assertTellsNothingOfTheInside(response.body());
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(log.lines).anySatisfy(line -> assertThat(line).startsWith("[" + requestId + "]")
                .contains("http://127.0.0.1:" + upstream.getAddress().getPort()));
    }

    @Test
    void theEdgesOwnRouteNotFoundAnswersAreProblemsToo() throws Exception {
        for (String path : List.of("/api/nope/things", "/api/", "/api/%2e%2e/x", "/_launcher/nothing", "/_launcher/telemetry/nothing",
                "/not-served-without-a-front-end")) {
            RawHttp.Response response = RawHttp.get(edge.port(), path);

            assertThat(response.status()).as(path).isBetween(400, 404);
            assertThat(response.text()).as(path).containsIgnoringCase("content-type: application/problem+json");
            assertTellsNothingOfTheInside(response.text());
        }
    }

    /** Issue 11 item 1: reservations are between order and inventory; from outside, they do not exist. */
    @Test
    void internalRoutesAreNotRouted() throws Exception {
        ApiProxy proxy = new ApiProxy(Map.of("inventory", URI.create("http://127.0.0.1:" + upstream.getAddress().getPort())),
                InternalRoutes.load(TestEdges.REPOSITORY_ROOT.resolve("api"), List.of("inventory")),
                ApiProxy.Timeouts.DEFAULT, log);
        try (Edge shop = TestEdges.start(proxy, new ControlApi(new FakeServiceControl()), Optional.empty(), log)) {
            for (String target : List.of("/api/inventory/reservations", "/api/inventory/reservations/",
                    "/api/inventory/reservations/17/release", "/api/inventory/reservations/17/commit",
                    "/api/inventory//reservations", "/api/inventory/./reservations/17/commit",
                    "/api/inventory/reservations;x=1/17/commit", "/api/inventory/%72eservations",
                    "/api/inventory/stock/../reservations/17/release")) {
                RawHttp.Response response = RawHttp.send(shop.port(), "POST " + target + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");

                assertThat(response.status()).as(target).isEqualTo(404);
                assertThat(response.text()).as(target).contains("application/problem+json").contains("route-not-found");
            }
        }
        assertThat(echoed.get()).as("requests that reached the service").isZero();
    }

    @Test
    void aServicesOwnRefusalIsRelayedAsItIs() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(edgeUri("/api/early/uploads/x.png"))
                .PUT(BodyPublishers.ofString("x")).build(), BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    /** No origin, port, stack frame or exception class: nothing a caller could use to map the inside. */
    static void assertTellsNothingOfTheInside(String answer) {
        assertThat(answer).doesNotContain("127.0.0.1").doesNotContainPattern(":80[0-9]{2}\\b")
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("o11yshop.")
                .doesNotContainIgnoringCase("tomcat").doesNotContainIgnoringCase("<html");
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
