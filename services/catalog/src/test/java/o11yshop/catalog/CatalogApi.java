package o11yshop.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the catalog over HTTP as the admin console and a shopper's browser do: any method, a bearer
 * token or none, a JSON body, or the raw bytes of an image upload.
 */
public final class CatalogApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public CatalogApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** {@code http://host:port}, which the embedded store's upload URLs are relative to. */
    public String origin() {
        URI base = URI.create(baseUrl);
        return base.getScheme() + "://" + base.getAuthority();
    }

    public Response get(String pathAndQuery) {
        return send("GET", pathAndQuery, null, null);
    }

    public Response send(String method, String pathAndQuery, @Nullable String token, @Nullable String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return exchange(request, token, Map.of());
    }

    /** A {@code GET} of a URL the API handed out (an image's), absolute or relative to the origin. */
    public Response fetch(String url) {
        return exchange(HttpRequest.newBuilder(resolve(url)).GET(), null, Map.of());
    }

    /** A {@code PUT} of raw bytes to an absolute URL or one relative to the origin, as a browser uploads. */
    public Response upload(String url, Map<String, String> headers, BodyPublisher body, @Nullable String token) {
        return exchange(HttpRequest.newBuilder(resolve(url)).PUT(body), token, headers);
    }

    private URI resolve(String url) {
        return URI.create(url.startsWith("/") ? origin() + url : url);
    }

    private Response exchange(HttpRequest.Builder request, @Nullable String token, Map<String, String> headers) {
        request.timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(request.build().method() + " " + request.build().uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What came back. */
    public record Response(int status, String contentType, byte[] bytes, HttpHeaders headers) {

        public String body() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return JSON.readTree(bytes);
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        @Override
        public String toString() {
            return status + " " + body();
        }
    }
}
