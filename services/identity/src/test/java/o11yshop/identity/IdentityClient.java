package o11yshop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import o11yshop.platform.testing.ApiClient.Response;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Calls the identity API as the browser does, through the edge: with a bearer token where one is given,
 * and with the client address the edge would forward. Each log-in comes from an address of its own
 * unless the test names one, so that the per-client failure count of one test never locks another out.
 */
public final class IdentityClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public IdentityClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Response get(String path, String token) {
        return send("GET", path, token, null);
    }

    public Response post(String path, String token, String json) {
        return send("POST", path, token, json);
    }

    public Response put(String path, String token, String json) {
        return send("PUT", path, token, json);
    }

    public Response delete(String path, String token) {
        return send("DELETE", path, token, null);
    }

    public Response send(String method, String path, String token, String json, String... headers) {
        HttpResponse<String> response = exchange(method, path, token, json, headers);
        return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), response.headers().firstValue("X-Request-Id").orElse(null));
    }

    /** Sends the request and answers the raw response, for headers such as {@code Retry-After}. */
    public HttpResponse<String> exchange(String method, String path, String token, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Signs up a new customer and answers its account. */
    public SignedUp signUp(String email, String password, String displayName) {
        Response response = post("/users", null, json("email", email, "password", password, "displayName", displayName));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return new SignedUp(UUID.fromString(response.json().path("id").asString()), email, password);
    }

    public SignedUp newCustomer() {
        return signUp(newEmail(), "pw-" + UUID.randomUUID(), "Hanako Yamada");
    }

    /** Logs in from a client address of its own and answers the access token. */
    public String logIn(String email, String password) {
        HttpResponse<String> response = logInFrom(randomClientAddress(), email, password);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("accessToken").asString();
    }

    public String logIn(SignedUp account) {
        return logIn(account.email(), account.password());
    }

    public HttpResponse<String> logInFrom(String clientAddress, String email, String password) {
        return exchange("POST", "/sessions", null, json("email", email, "password", password),
                "X-Forwarded-For", clientAddress);
    }

    public static String newEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    /** An address of the range reserved for benchmarks (RFC 2544): never a real client. */
    public static String randomClientAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.18." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    /** A JSON object from name/value pairs, escaped properly. */
    public static String json(String... namesAndValues) {
        ObjectNode object = JSON.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return JSON.writeValueAsString(object);
    }

    public record SignedUp(UUID id, String email, String password) {
    }
}
