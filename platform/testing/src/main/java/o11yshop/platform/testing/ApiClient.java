package o11yshop.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** A plain HTTP client for a service's API, as a browser or another service would call it. */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Response get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).GET(), pathAndQuery);
    }

    public Response get(String pathAndQuery, String headerName, String headerValue) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).header(headerName, headerValue).GET(),
                pathAndQuery);
    }

    public Response postJson(String pathAndQuery, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), pathAndQuery);
    }

    private Response send(HttpRequest.Builder request, String pathAndQuery) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().firstValue("X-Request-Id").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(pathAndQuery + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What came back: status, content type, body, and the request ID the service echoed. */
    public record Response(int status, String contentType, String body, String requestId) {

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
