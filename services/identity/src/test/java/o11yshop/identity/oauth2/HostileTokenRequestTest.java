package o11yshop.identity.oauth2;

import static o11yshop.identity.IdentityUnderTest.SERVICE_CLIENT_ID;
import static o11yshop.identity.IdentityUnderTest.SERVICE_CLIENT_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import o11yshop.identity.IdentityUnderTest;
import o11yshop.platform.testing.RawHttp;
import o11yshop.platform.testing.TableSnapshot;
import o11yshop.platform.testing.TestDatabase;
import o11yshop.platform.testing.TestDatabases;
import o11yshop.platform.testing.hostile.AnswerChecks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile requests to {@code POST /oauth2/token}, which the generated suite cannot write (its body is
 * form-encoded): each from the registered client with its right credentials, one thing changed. Every one
 * is refused with a 400 (or 413) that shows nothing internal and writes nothing — an RFC 6749 error
 * ({@code application/json} with {@code error}) from the endpoint, or problem details from the shared request
 * checks that refuse a parameter (a control character, broken encoding, a form too big to parse) before
 * the endpoint reads it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileTokenRequestTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String GRANT = "grant_type=client_credentials";
    private static final String CREDENTIALS = "Basic " + Base64.getEncoder().encodeToString(
            (SERVICE_CLIENT_ID + ":" + SERVICE_CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));

    private String baseUrl;
    private RawHttp http;
    private TableSnapshot snapshot;

    @BeforeAll
    void startIdentity() {
        baseUrl = IdentityUnderTest.on(TestDatabase.Engine.POSTGRESQL).baseUrl();
        http = new RawHttp(baseUrl);
        snapshot = TableSnapshot.of(TestDatabases.postgres("it_identity"), Set.of());
    }

    Stream<Arguments> hostileRequests() {
        String longText = "a".repeat(100_000);
        return Stream.of(
                form("grant_type with NUL", "grant_type=client_credentials%00"),
                form("grant_type with a BEL character", "grant_type=client_credentials%07"),
                form("scope with NUL", GRANT + "&scope=inventory%2Freservations%00"),
                form("scope with control characters", GRANT + "&scope=%01%02%1B%7F"),
                form("grant_type of 100 k characters", "grant_type=" + longText),
                form("scope of 100 k characters", GRANT + "&scope=" + longText),
                form("an unknown grant", "grant_type=authorization_code&code=x"),
                form("the password grant", "grant_type=password&username=admin&password=admin"),
                form("grant_type twice", GRANT + "&grant_type=password"),
                form("scope twice", GRANT + "&scope=inventory%2Freservations&scope=inventory%2Freservations"),
                form("an empty grant_type", "grant_type="),
                form("no parameters at all", ""),
                form("bytes that are not UTF-8", "grant_type=client_credentials&scope=%C3%28%FF"),
                form("a broken percent-encoding", GRANT + "&scope=%zz"),
                Arguments.of("a JSON body", request("application/json",
                        "{\"grant_type\":\"client_credentials\"}".getBytes(StandardCharsets.UTF_8), false)),
                Arguments.of("text/plain", request("text/plain", bytes(GRANT), false)),
                Arguments.of("an unreadable Content-Type", request("form;;==", bytes(GRANT), false)),
                Arguments.of("no Content-Type", request(null, bytes(GRANT), false)),
                Arguments.of("1 MB body with Content-Length", request(FORM, padded(1 << 20), false)),
                Arguments.of("1 MB body chunked", request(FORM, padded(1 << 20), true)),
                Arguments.of("20 MB body with Content-Length", request(FORM, padded(20 << 20), false)),
                Arguments.of("20 MB body chunked", request(FORM, padded(20 << 20), true)));
    }

    @ParameterizedTest(name = "{0} → 4xx")
    @MethodSource("hostileRequests")
    void isRefusedAndWritesNothing(String what, RawHttp.Request request) {
        Map<String, String> before = snapshot.take();

        RawHttp.Response response = http.send(request);

        assertThat(response.status()).as("%s: %s", what, response).isBetween(400, 499);
        assertThat(response.status()).as("%s: the client's credentials were right: %s", what, response).isIn(400, 413);
        if (response.contentType().startsWith(AnswerChecks.PROBLEM)) {
            // refused by the shared request checks before the endpoint reads it, as api/identity.yaml declares
            assertThat(JSON.readTree(response.bytes()).path("type").asString()).as("%s", response)
                    .startsWith("urn:o11y-shop:problem:");
        } else {
            AnswerChecks.assertError(response, "application/json");
        }
        AnswerChecks.assertNothingInternal(response, baseUrl);
        assertThat(response.body()).doesNotContain(SERVICE_CLIENT_SECRET);
        Map<String, String> after = snapshot.take();
        assertThat(after).as("nothing written, but these tables changed: %s", TableSnapshot.differences(before, after))
                .isEqualTo(before);
    }

    private static Arguments form(String what, String body) {
        return Arguments.of(what, request(FORM, bytes(body), false));
    }

    private static RawHttp.Request request(String contentType, byte[] body, boolean chunked) {
        List<String[]> headers = new ArrayList<>();
        headers.add(new String[] {"Authorization", CREDENTIALS});
        if (contentType != null) {
            headers.add(new String[] {"Content-Type", contentType});
        }
        return new RawHttp.Request("POST", "/oauth2/token", headers, body, chunked);
    }

    /** A valid grant followed by a parameter that makes the body {@code size} bytes. */
    private static byte[] padded(int size) {
        String start = GRANT + "&padding=";
        return bytes(start + URLEncoder.encode("a", StandardCharsets.UTF_8).repeat(size - start.length()));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
