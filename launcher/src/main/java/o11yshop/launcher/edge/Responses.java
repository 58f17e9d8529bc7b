package o11yshop.launcher.edge;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/** Small, complete answers the edge writes itself: JSON documents and RFC 9457 problems. */
public final class Responses {

    private static final JsonFactory JSON = new JsonFactory();

    private Responses() {
    }

    public static byte[] json(Consumer<JsonGenerator> document) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator generator = JSON.createGenerator(bytes)) {
            document.accept(generator);
        }
        return bytes.toByteArray();
    }

    public static void sendJson(HttpExchange exchange, int status, byte[] body) throws IOException {
        send(exchange, status, "application/json", body);
    }

    /**
     * @param slug the problem's stable name, shared with the services' own problems:
     *             {@code urn:o11y-shop:problem:<slug>}
     */
    public static void sendProblem(HttpExchange exchange, int status, String slug, String title, String detail)
            throws IOException {
        send(exchange, status, "application/problem+json",
                problem(status, slug, title, detail, exchange.getRequestURI().getRawPath()));
    }

    /** @param instance the path the problem is about; null when the request had none the edge could read */
    static byte[] problem(int status, String slug, String title, String detail, String instance) {
        return json(problem -> {
            problem.writeStartObject();
            problem.writeStringProperty("type", "urn:o11y-shop:problem:" + slug);
            problem.writeStringProperty("title", title);
            problem.writeNumberProperty("status", status);
            problem.writeStringProperty("detail", detail);
            if (instance != null) {
                problem.writeStringProperty("instance", instance);
            }
            problem.writeEndObject();
        });
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        sendBody(exchange, status, body.length, out -> out.write(body));
    }

    @FunctionalInterface
    interface BodyWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Sends a body of known length, or only its headers for HEAD: the JDK server wants a HEAD
     * response's Content-Length set by hand and no body length passed.
     */
    static void sendBody(HttpExchange exchange, int status, long length, BodyWriter body) throws IOException {
        if (isHead(exchange)) {
            exchange.getResponseHeaders().set("Content-Length", Long.toString(length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        // the JDK server reads 0 as "length unknown, send chunked" and -1 as "no body"
        exchange.sendResponseHeaders(status, length == 0 ? -1 : length);
        try (OutputStream out = exchange.getResponseBody()) {
            body.writeTo(out);
        }
    }

    static boolean isHead(HttpExchange exchange) {
        return "HEAD".equals(exchange.getRequestMethod());
    }
}
