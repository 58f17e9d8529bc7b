package o11yshop.catalog.image;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import o11yshop.platform.testing.RecordingEndpoint;
import o11yshop.platform.testing.RecordingEndpoint.Request;

/**
 * A real HTTP server speaking the part of S3's REST protocol the image store uses, addressed path-style
 * ({@code /<bucket>/<key>}): {@code PUT} (of a pre-signed upload), {@code HEAD} (of an object or a
 * bucket), a ranged {@code GET} and {@code DELETE}, with the status codes, headers and error bodies of the
 * S3 API reference. Its {@link RecordingEndpoint} records every request as it arrived, so a test sees what
 * the real AWS SDK sent; it does not check signatures.
 */
final class RecordingS3 implements AutoCloseable {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d+)");
    private static final Pattern BUCKET = Pattern.compile("/[^/]+/?");

    private final RecordingEndpoint endpoint = RecordingEndpoint.start(this::answer);
    private final Map<String, byte[]> objects = new ConcurrentHashMap<>();
    private final Set<String> buckets = ConcurrentHashMap.newKeySet();

    URI endpoint() {
        return endpoint.endpoint();
    }

    List<Request> takeCalls() {
        return endpoint.takeRequests();
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

    private void answer(Request request, HttpExchange exchange) throws IOException {
        String path = request.path();
        byte[] object = objects.get(path);
        switch (request.method()) {
            case "PUT" -> {
                objects.put(path, request.body());
                exchange.getResponseHeaders().set("ETag", "\"" + Integer.toHexString(Arrays.hashCode(request.body())) + "\"");
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
            case "GET" -> get(exchange, object, request.header("range"));
            case "DELETE" -> {
                objects.remove(path);
                exchange.sendResponseHeaders(204, -1);
            }
            default -> error(exchange, 405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
        }
    }

    private static void get(HttpExchange exchange, byte[] object, String range) throws IOException {
        if (object == null) {
            error(exchange, 404, "NoSuchKey", "The specified key does not exist.");
            return;
        }
        Matcher matcher = range == null ? null : RANGE.matcher(range);
        if (matcher == null || !matcher.matches()) {
            RecordingEndpoint.send(exchange, 200, object);
            return;
        }
        int first = Integer.parseInt(matcher.group(1));
        int last = Math.min(Integer.parseInt(matcher.group(2)), object.length - 1);
        exchange.getResponseHeaders().set("Content-Range", "bytes " + first + "-" + last + "/" + object.length);
        RecordingEndpoint.send(exchange, 206, Arrays.copyOfRange(object, first, last + 1));
    }

    private static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/xml");
        RecordingEndpoint.send(exchange, status, ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code
                + "</Code><Message>" + message + "</Message></Error>").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        endpoint.close();
    }
}
