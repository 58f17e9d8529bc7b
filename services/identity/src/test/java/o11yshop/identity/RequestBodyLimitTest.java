package o11yshop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import o11yshop.identity.IdentityClient.SignedUp;
import o11yshop.platform.security.testing.HttpCalls;
import o11yshop.platform.testing.ServiceUnderTest;
import o11yshop.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A body too large for identity, on every route that takes one, signed in or not, with a declared length
 * or chunked: 413 problem+json, answered directly by the service (the edge's relay of it is the edge's
 * test). Before, some routes read the body through the JSON parser's document limit, some refused the
 * caller first, and a 20 MB upload ended in a closed connection instead of an answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestBodyLimitTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MB = 1024 * 1024;

    private final HttpClient http = HttpClient.newHttpClient();
    private IdentityClient api;
    private String token;
    private String addressId;

    @BeforeAll
    void startIdentity() {
        ServiceUnderTest identity = IdentityUnderTest.on(TestDatabase.Engine.POSTGRESQL);
        api = new IdentityClient(identity.baseUrl());
        SignedUp customer = api.newCustomer();
        token = api.logIn(customer);
        addressId = api.post("/me/addresses", token, IdentityClient.json("name", "Hanako Yamada", "postalCode", "100-0001",
                "prefecture", "東京都", "city", "千代田区", "line1", "千代田1-1", "phone", "03-1234-5678")).json().path("id").asString();
    }

    Stream<Arguments> oversizedWrites() {
        List<Arguments> cases = new ArrayList<>();
        for (String[] route : new String[][] {{"POST", "/users"}, {"POST", "/sessions"}, {"PUT", "/me"},
                {"POST", "/me/addresses"}, {"PUT", "/me/addresses/{addressId}"}}) {
            for (int size : new int[] {MB, 20 * MB}) {
                for (boolean chunked : new boolean[] {false, true}) {
                    for (boolean signedIn : new boolean[] {true, false}) {
                        cases.add(Arguments.of(route[0], route[1], size / MB + " MB", chunked ? "chunked" : "Content-Length",
                                signedIn ? "signed in" : "anonymous"));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}, {2}, {3}, {4}")
    @MethodSource("oversizedWrites")
    void aBodyOverTheLimitIsAnsweredWithAProblem(String method, String route, String size, String framing, String caller) {
        byte[] body = jsonOfSize(Integer.parseInt(size.split(" ")[0]) * MB);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.baseUrl() + route.replace("{addressId}", addressId)))
                .method(method, framing.equals("chunked")
                        ? BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                        : BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", IdentityClient.randomClientAddress());
        if (caller.equals("signed in")) {
            request.header("Authorization", "Bearer " + token);
        }

        HttpResponse<String> response = send(request);

        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("requestId").asString()).isNotEmpty();
        boolean publicRoute = route.equals("/users") || route.equals("/sessions");
        if (framing.equals("chunked") && caller.equals("anonymous") && !publicRoute) {
            // a chunked body has no length to judge up front, and an anonymous caller is refused before
            // anything reads it: the refusal is 401, still an answer rather than a connection reset
            assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
            return;
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(problem.path("type").asString()).isEqualTo("urn:o11y-shop:problem:body-too-large");
        assertThat(problem.path("detail").asString()).contains("65536 bytes");
    }

    /** A JSON document of the given size: one long string in a field the route knows. */
    private static byte[] jsonOfSize(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'x');
        byte[] start = "{\"displayName\":\"".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(start, 0, body, 0, start.length);
        body[size - 2] = '"';
        body[size - 1] = '}';
        return body;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return HttpCalls.send(http, request);
    }
}
