package o11yshop.order;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import o11yshop.platform.testing.ServiceUnderTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Calls the order API as a shopper's browser does: with their access token, with any method and any
 * headers, and with bodies sent exactly as written (also malformed ones).
 */
public final class ShopperClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String accessToken;

    private ShopperClient(String baseUrl, String accessToken) {
        this.baseUrl = baseUrl;
        this.accessToken = accessToken;
    }

    public static ShopperClient of(ServiceUnderTest service, Shopper shopper) {
        return new ShopperClient(service.baseUrl(), shopper.accessToken());
    }

    /** Without a token, as a visitor who is not signed in. */
    public static ShopperClient anonymous(ServiceUnderTest service) {
        return new ShopperClient(service.baseUrl(), null);
    }

    public Answer get(String path) {
        return send("GET", path, null);
    }

    public Answer put(String path, String json) {
        return send("PUT", path, json);
    }

    public Answer delete(String path) {
        return send("DELETE", path, null);
    }

    public Answer post(String path, String json) {
        return send("POST", path, json);
    }

    /** A checkout, with its Idempotency-Key ({@code null} sends none). */
    public Answer checkout(String idempotencyKey, String json) {
        return send("POST", "/orders", json, idempotencyKey == null ? new String[0] : new String[] {"Idempotency-Key", idempotencyKey});
    }

    public Answer send(String method, String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What came back: status, content type, body and headers. */
    public record Answer(int status, String contentType, String body, HttpHeaders headers) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }
}
