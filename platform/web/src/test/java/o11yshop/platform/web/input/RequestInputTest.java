package o11yshop.platform.web.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Arrays;
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
 * What every service does with the text, parameters and bodies it is sent, on a real server: the one
 * text rule, parameters read strictly, one body limit, and refusals that name the field and nothing of
 * the service's insides.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestInputTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MB = 1024 * 1024;

    private final HttpClient http = HttpClient.newHttpClient();
    @AutoClose
    private ConfigurableApplicationContext service;
    private String baseUrl;

    @BeforeAll
    void start() {
        service = WebTestApplication.start();
        baseUrl = "http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port") + "/api/web-test";
    }

    static Stream<Arguments> textThatBreaksTheRule() {
        return Stream.of(
                Arguments.of("NUL in a name", draft("\"a\\u0000b\"", "\"d\"", "[]", "[]"), "name"),
                Arguments.of("line feed in a name", draft("\"a\\nb\"", "\"d\"", "[]", "[]"), "name"),
                Arguments.of("tab in a name", draft("\"a\\tb\"", "\"d\"", "[]", "[]"), "name"),
                Arguments.of("DEL in a name", draft("\"a\\u007fb\"", "\"d\"", "[]", "[]"), "name"),
                Arguments.of("C1 in a name", draft("\"a\\u0085b\"", "\"d\"", "[]", "[]"), "name"),
                Arguments.of("unpaired surrogate in a name", draft("\"a\\ud800b\"", "\"d\"", "[]", "[]"), "name"),
                Arguments.of("right-to-left override in a name", draft("\"a\\u202eb\"", "\"d\"", "[]", "[]"), "name"),
                Arguments.of("NUL in a description", draft("\"n\"", "\"a\\u0000b\"", "[]", "[]"), "description"),
                Arguments.of("lone carriage return in a description", draft("\"n\"", "\"a\\rb\"", "[]", "[]"), "description"),
                Arguments.of("NUL in a list of strings", draft("\"n\"", "\"d\"", "[\"ok\",\"\\u0000\"]", "[]"), "tags[1]"),
                Arguments.of("NUL in a nested note", draft("\"n\"", "\"d\"", "[]",
                        "[{\"sku\":\"A\",\"note\":\"ok\",\"quantity\":1},{\"sku\":\"B\",\"note\":\"\\u0000\",\"quantity\":1}]"), "lines[1].note"),
                Arguments.of("line feed in a nested single-line field", draft("\"n\"", "\"d\"", "[]",
                        "[{\"sku\":\"A\\nB\",\"note\":\"ok\",\"quantity\":1}]"), "lines[0].sku"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textThatBreaksTheRule")
    void textThatBreaksTheRuleIsRefusedNamingTheField(String what, String body, String field) {
        HttpResponse<String> created = send("POST", "/drafts", body);
        HttpResponse<String> replaced = send("PUT", "/drafts/teapot", body);

        for (HttpResponse<String> response : new HttpResponse[] {created, replaced}) {
            JsonNode problem = problem(response, 400, "urn:o11y-shop:problem:invalid-parameter");
            assertThat(problem.path("errors").get(0).path("parameter").asString()).isEqualTo(field);
            assertThat(problem.path("errors").get(0).path("message").asString()).startsWith("must not contain U+");
            assertThat(problem.path("detail").asString()).startsWith(field + ": ");
        }
    }

    @Test
    void multiLineFieldsTakeLineBreaksAndTabsAndEveryFieldTakesAnyScriptAndEmoji() {
        String body = draft("\"ティーポット 🫖 إبريق\"", "\"line one\\nline two\\r\\n\\tindented\"", "[\"é\"]",
                "[{\"sku\":\"A\",\"note\":\"delivery note\\n42\",\"quantity\":1}]");

        HttpResponse<String> response = send("POST", "/drafts", body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("description").asString()).isEqualTo("line one\nline two\r\n\tindented");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/search?q=%00", "/search?q=tea%0Apot", "/search?q=%E2%80%AEtxt", "/search?q=%C2%85",
            "/search?q=ok&%00=x"})
    void aQueryParameterIsSingleLineText(String path) {
        JsonNode problem = problem(get(path), 400, "urn:o11y-shop:problem:invalid-parameter");

        assertThat(problem.path("errors").get(0).path("parameter").asString()).isIn("q", "\\u0000");
    }

    @Test
    void aPathParameterIsSingleLineText() {
        JsonNode problem = problem(send("PUT", "/drafts/a%E2%80%AEb", draft("\"n\"", "\"d\"", "[]", "[]")), 400,
                "urn:o11y-shop:problem:invalid-parameter");

        assertThat(problem.path("errors").get(0).path("parameter").asString()).isEqualTo("slug");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%00", "1,,2", ",", "1,", "abc", "1,x", "1.5", "%201%00", "99999999999999999999"})
    void aListOfIdsIsReadStrictly(String productIds) {
        JsonNode problem = problem(get("/stock?productIds=" + productIds), 400,
                "urn:o11y-shop:problem:invalid-parameter");

        assertThat(problem.path("errors").get(0).path("parameter").asString()).isEqualTo("productIds");
        assertThat(problem.toString()).doesNotContain("java.", "NumberFormatException", "ConversionFailed");
    }

    @Test
    void aWellFormedListOfIdsIsRead() {
        HttpResponse<String> response = get("/stock?productIds=1,%202,3");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("productIds").toString()).isEqualTo("[1,2,3]");
    }

    @Test
    void anEmptyParameterWithADefaultStillTakesTheDefault() {
        assertThat(get("/page?page=").body()).isEqualTo("{\"page\":0}");
    }

    static Stream<Arguments> bodiesTheServiceCannotRead() {
        return Stream.of(
                Arguments.of("an unknown field", "{\"name\":\"n\",\"admin\":true}", "admin"),
                Arguments.of("text where a number belongs", draft("\"n\"", "\"d\"", "[]",
                        "[{\"sku\":\"A\",\"note\":\"ok\",\"quantity\":\"x\"}]"), "lines[0].quantity"),
                Arguments.of("a number where text belongs", draft("42", "\"d\"", "[]", "[]"), "name"),
                Arguments.of("an object where a list belongs", draft("\"n\"", "\"d\"", "{}", "[]"), "tags"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodiesTheServiceCannotRead")
    void aBodyThatDoesNotFitNamesTheFieldAndNoJavaType(String what, String body, String field) {
        JsonNode problem = problem(send("POST", "/drafts", body), 400, "urn:o11y-shop:problem:malformed-request");

        assertThat(problem.path("errors").get(0).path("parameter").asString()).isEqualTo(field);
        assertThat(problem.toString()).doesNotContain("o11yshop", "java.", "jackson", "Jackson", "class", "`");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":", "{\"name\":\"n\",\"name\":\"m\"}", "not json", "{\"name\":\"n\"} trailing"})
    void malformedJsonIsSaidToBeSoWithoutTheParsersWords(String body) {
        JsonNode problem = problem(send("POST", "/drafts", body), 400, "urn:o11y-shop:problem:malformed-request");

        assertThat(problem.toString()).doesNotContain("o11yshop", "java.", "jackson", "Jackson", "Source", "REDACTED", "`");
    }

    static Stream<Arguments> oversizedBodies() {
        return Stream.of(
                Arguments.of("1 MB with Content-Length", MB, false),
                Arguments.of("1 MB chunked", MB, true),
                Arguments.of("20 MB with Content-Length", 20 * MB, false),
                Arguments.of("20 MB chunked", 20 * MB, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oversizedBodies")
    void aBodyOverTheLimitIsRefusedWith413BeforeAnyoneReadsIt(String what, int size, boolean chunked) {
        byte[] body = jsonOfSize(size);
        BodyPublisher publisher = chunked
                ? BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : BodyPublishers.ofByteArray(body);

        for (String[] route : new String[][] {{"POST", "/drafts"}, {"PUT", "/drafts/teapot"}}) {
            JsonNode problem = problem(send(route[0], route[1], publisher), 413, "urn:o11y-shop:problem:body-too-large");
            assertThat(problem.path("detail").asString()).contains("262144 bytes");
        }
    }

    @Test
    void aRouteThatStreamsItsOwnBodyIsLeftToItsOwnLimit() {
        byte[] image = new byte[2 * MB];

        HttpResponse<String> declared = send("PUT", "/uploads/photo", BodyPublishers.ofByteArray(image));
        HttpResponse<String> chunked = send("PUT", "/uploads/photo", BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(image)));

        assertThat(declared.body()).isEqualTo("{\"bytes\":" + image.length + "}");
        assertThat(chunked.body()).isEqualTo("{\"bytes\":" + image.length + "}");
    }

    @Test
    void aBodyWithinTheLimitIsRead() {
        String description = "x".repeat(200_000);
        HttpResponse<String> response = send("POST", "/drafts", BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(draft("\"n\"", "\"" + description + "\"", "[]", "[]").getBytes())));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static String draft(String name, String description, String tags, String lines) {
        return "{\"name\":" + name + ",\"description\":" + description + ",\"tags\":" + tags + ",\"lines\":" + lines + "}";
    }

    private static byte[] jsonOfSize(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'x');
        byte[] start = "{\"name\":\"n\",\"description\":\"".getBytes();
        System.arraycopy(start, 0, body, 0, start.length);
        body[size - 2] = '"';
        body[size - 1] = '}';
        return body;
    }

    private static JsonNode problem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo(type);
        assertThat(problem.path("requestId").asString()).isNotEmpty();
        assertThat(response.body()).doesNotContain("127.0.0.1", "Exception");
        return problem;
    }

    private HttpResponse<String> get(String path) {
        return send("GET", path, BodyPublishers.noBody());
    }

    private HttpResponse<String> send(String method, String path, String json) {
        return send(method, path, BodyPublishers.ofString(json));
    }

    private HttpResponse<String> send(String method, String path, BodyPublisher body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, body)
                .header("Content-Type", "application/json")
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
