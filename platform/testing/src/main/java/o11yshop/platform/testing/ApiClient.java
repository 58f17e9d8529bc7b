package o11yshop.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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

    /**
     * Sends the request line exactly as given — also what {@link java.net.URI} refuses to build, such
     * as {@code %ZZ} or an encoded {@code ..} — the way a hostile client can.
     */
    public Response rawGet(String pathAndQuery) {
        URI base = URI.create(baseUrl);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            String request = "GET " + base.getRawPath() + pathAndQuery + " HTTP/1.1\r\nHost: " + base.getHost()
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int headerEnd = raw.indexOf("\r\n\r\n");
            String head = raw.substring(0, headerEnd);
            int status = Integer.parseInt(head.split(" ")[1]);
            String contentType = head.lines()
                    .filter(line -> line.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst().orElse("");
            return new Response(status, contentType, dechunk(head, raw.substring(headerEnd + 4)), null);
        } catch (IOException e) {
            throw new UncheckedIOException(pathAndQuery + " failed", e);
        }
    }

    private static String dechunk(String head, String body) {
        if (!head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
            return body;
        }
        StringBuilder content = new StringBuilder();
        int position = 0;
        while (true) {
            int lineEnd = body.indexOf("\r\n", position);
            int size = Integer.parseInt(body.substring(position, lineEnd).strip(), 16);
            if (size == 0) {
                return content.toString();
            }
            content.append(body, lineEnd + 2, lineEnd + 2 + size);
            position = lineEnd + 2 + size + 2;
        }
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
