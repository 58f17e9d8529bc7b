package o11yshop.platform.web.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input to an API written as the OpenAPI generator writes it ({@link GeneratedStyleApi}): every
 * refusal is a 4xx problem that names the header, parameter or body field by the name the caller sent.
 * Requests go over a raw socket so that header bytes arrive exactly as sent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedApiInputTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LINE = "{\"productId\":1,\"quantity\":1}";

    @AutoClose
    private ConfigurableApplicationContext service;
    private int port;

    @BeforeAll
    void start() {
        service = WebTestApplication.start();
        port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
    }

    static Stream<Arguments> badHeaderValues() {
        return Stream.of(
                Arguments.of("BEL character", "key\u0007"),
                Arguments.of("non-ASCII bytes", new String("ключ".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)),
                Arguments.of("Latin-1 letters", "cl\u00e9"),
                Arguments.of("against its pattern", "bad key!"),
                Arguments.of("longer than maxLength", "a".repeat(101)),
                Arguments.of("empty", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badHeaderValues")
    void aBadHeaderIsNamedByItsWireName(String what, String value) {
        Answer answer = send("POST", "/reservations", "Idempotency-Key: " + value, "{\"lines\":[" + LINE + "]}");

        JsonNode problem = answer.problem(400);
        assertThat(problem.path("errors").get(0).path("parameter").asString()).isEqualTo("Idempotency-Key");
        assertThat(problem.toString()).doesNotContain("idempotencyKey", "java.", "jakarta");
    }

    @Test
    void aGoodHeaderIsTaken() {
        Answer answer = send("POST", "/reservations", "Idempotency-Key: order-1:attempt.2", "{\"lines\":[" + LINE + "]}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "0", "1,0"})
    void aListElementBelowItsMinimumNamesTheParameter(String productIds) {
        JsonNode problem = send("GET", "/levels?productIds=" + productIds, null, null).problem(400);

        assertThat(problem.path("errors").get(0).path("parameter").asString()).isEqualTo("productIds");
        assertThat(problem.toString()).doesNotContain("<list element>", "levels.");
    }

    static Stream<Arguments> numbersOutOfRange() {
        return Stream.of(
                Arguments.of("int field, 2^31", "{\"sortOrder\":2147483648}", "sortOrder"),
                Arguments.of("int field, -2^31-1", "{\"sortOrder\":-2147483649}", "sortOrder"),
                Arguments.of("int field, 2^63", "{\"sortOrder\":9223372036854775808}", "sortOrder"),
                Arguments.of("long field, 2^63", "{\"priceJpy\":9223372036854775808}", "priceJpy"),
                Arguments.of("long field, 2^64 and more", "{\"priceJpy\":123456789012345678901234567890}", "priceJpy"),
                Arguments.of("nested long, 2^63", "{\"lines\":[" + LINE + ",{\"productId\":9223372036854775808,\"quantity\":1}]}", "lines[1].productId"),
                Arguments.of("nested primitive int, 2^31", "{\"lines\":[{\"productId\":1,\"quantity\":2147483648}]}", "lines[0].quantity"),
                Arguments.of("nested primitive int, 2^63", "{\"lines\":[{\"productId\":1,\"quantity\":9223372036854775808}]}", "lines[0].quantity"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numbersOutOfRange")
    void aNumberOutOfItsTypesRangeNamesTheField(String what, String body, String field) {
        JsonNode problem = send("POST", "/reservations", null, body).problem(400);

        assertThat(problem.path("errors").get(0).path("parameter").asString()).isEqualTo(field);
        assertThat(problem.path("detail").asString()).startsWith(field + ": ");
        assertThat(problem.toString()).doesNotContain("o11yshop", "java.", "jackson", "Jackson", "class", "`", "Numeric value");
    }

    @Test
    void aStreamedUploadWithoutContentTypeIsAnUnsupportedMediaType() {
        Answer answer = send("PUT", "/uploads/photo", null, null);

        JsonNode problem = answer.problem(415);
        assertThat(problem.path("type").asString()).isEqualTo("urn:o11y-shop:problem:unsupported-media-type");
        assertThat(problem.path("detail").asString()).contains("Content-Type");
    }

    @Test
    void aJsonRouteWithoutContentTypeIsAnUnsupportedMediaType() {
        Answer answer = send("POST", "/reservations", "X-Nothing: 1", "{\"lines\":[]}", false);

        assertThat(answer.status()).as(answer.body()).isEqualTo(415);
    }

    private Answer send(String method, String path, String header, String json) {
        return send(method, path, header, json, true);
    }

    private Answer send(String method, String path, String header, String json, boolean withContentType) {
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method + " /api/web-test" + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nConnection: close\r\nContent-Length: " + body.length + "\r\n");
        if (json != null && withContentType) {
            head.append("Content-Type: application/json\r\n");
        }
        if (header != null) {
            head.append(header).append("\r\n");
        }
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            int headEnd = response.indexOf("\r\n\r\n");
            return new Answer(status, response.substring(0, headEnd), unchunked(response.substring(headEnd + 4)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body of a chunked answer, which Tomcat sends when it does not know the length up front. */
    private static String unchunked(String body) {
        if (body.startsWith("{") || body.isEmpty()) {
            return body;
        }
        StringBuilder joined = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                return joined.toString();
            }
            joined.append(body, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private record Answer(int status, String head, String body) {

        JsonNode problem(int expected) {
            assertThat(status).as(body).isEqualTo(expected);
            assertThat(head.toLowerCase()).contains("content-type: application/problem+json");
            // no request ID when Tomcat refused the request before any filter saw it (a BEL in a header)
            return JSON.readTree(body);
        }
    }
}
