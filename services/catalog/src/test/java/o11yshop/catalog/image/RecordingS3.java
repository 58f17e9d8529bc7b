package o11yshop.catalog.image;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP server speaking the part of S3's REST protocol the image store uses, addressed path-style
 * ({@code /<bucket>/<key>}): {@code PUT} (of a pre-signed upload), {@code HEAD} (of an object or a
 * bucket), a ranged {@code GET} and {@code DELETE}, with the status codes, headers and error bodies of the
 * S3 API reference. It records every request as it arrived, so a test sees what the real AWS SDK sent; it
 * does not check signatures.
 */
final class RecordingS3 implements AutoCloseable {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d+)");
    private static final Pattern BUCKET = Pattern.compile("/[^/]+/?");

    private final HttpServer server;
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, byte[]> objects = new ConcurrentHashMap<>();
    private final Set<String> buckets = ConcurrentHashMap.newKeySet();

    /** One request as it arrived; header names in lower case. */
    record Call(String method, String path, String rawQuery, Map<String, String> headers) {

        String header(String name) {
            return headers.get(name);
        }
    }

    RecordingS3() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    synchronized List<Call> takeCalls() {
        List<Call> taken = List.copyOf(calls);
        calls.clear();
        return taken;
    }

    /** A bucket, for {@code HeadBucket}; objects are kept whether their bucket was created or not. */
    void createBucket(String bucket) {
        buckets.add(bucket);
    }

    /** An object put there by other means than the catalog's URL, as anything with write access to the bucket could. */
    void putObject(String bucket, String key, byte[] content) {
        objects.put("/" + bucket + "/" + key, content);
    }

    byte[] object(String bucket, String key) {
        return objects.get("/" + bucket + "/" + key);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        Map<String, String> headers = new ConcurrentHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        byte[] body = exchange.getRequestBody().readAllBytes();
        synchronized (this) {
            calls.add(new Call(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(), headers));
        }
        byte[] object = objects.get(path);
        switch (exchange.getRequestMethod()) {
            case "PUT" -> {
                objects.put(path, body);
                exchange.getResponseHeaders().set("ETag", "\"" + Integer.toHexString(Arrays.hashCode(body)) + "\"");
                exchange.sendResponseHeaders(200, -1);
            }
            case "HEAD" -> {
                if (BUCKET.matcher(path).matches()) {
                    // HeadBucket: a bucket that is not there is a bare 404, as S3 answers it
                    exchange.sendResponseHeaders(buckets.contains(path.replace("/", "")) ? 200 : 404, -1);
                } else if (object == null) {
                    exchange.sendResponseHeaders(404, -1);
                } else {
                    // a HEAD answer names the length of the body it does not send
                    exchange.getResponseHeaders().set("Content-Length", Integer.toString(object.length));
                    exchange.sendResponseHeaders(200, -1);
                }
            }
            case "GET" -> get(exchange, object, headers.get("range"));
            case "DELETE" -> {
                objects.remove(path);
                exchange.sendResponseHeaders(204, -1);
            }
            default -> error(exchange, 405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
        }
        exchange.close();
    }

    private static void get(HttpExchange exchange, byte[] object, String range) throws IOException {
        if (object == null) {
            error(exchange, 404, "NoSuchKey", "The specified key does not exist.");
            return;
        }
        Matcher matcher = range == null ? null : RANGE.matcher(range);
        if (matcher == null || !matcher.matches()) {
            send(exchange, 200, object);
            return;
        }
        int first = Integer.parseInt(matcher.group(1));
        int last = Math.min(Integer.parseInt(matcher.group(2)), object.length - 1);
        exchange.getResponseHeaders().set("Content-Range", "bytes " + first + "-" + last + "/" + object.length);
        send(exchange, 206, Arrays.copyOfRange(object, first, last + 1));
    }

    private static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/xml");
        send(exchange, status, ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>"
                + message + "</Message></Error>").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
