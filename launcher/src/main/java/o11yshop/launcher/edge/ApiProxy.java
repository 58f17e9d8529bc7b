package o11yshop.launcher.edge;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Routes {@code /api/<service>/**} to that service unchanged, as the ALB does in AWS: same method,
 * path, query, headers and body, plus the {@code X-Forwarded-*} headers that tell the service who
 * asked, made from the connection alone. Operations for services only ({@link InternalRoutes}) are not
 * routed at all. When the service cannot answer, the edge answers for it with a problem document, so that a
 * learner who stops a service sees a clean 503 rather than a hung page; the answer says what the caller can
 * do, and where the edge looked and what failed goes to the launcher's console under the request's ID.
 */
public final class ApiProxy {

    /** RFC 9110 §7.6.1: meaningful for one connection only, never forwarded. */
    private static final Set<String> HOP_BY_HOP = Set.of(
            "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "proxy-connection",
            "te", "trailer", "transfer-encoding", "upgrade");
    /** Set by the HTTP client itself from the target and the body; it refuses them from callers. */
    private static final Set<String> SET_BY_CLIENT = Set.of("host", "content-length", "expect");
    /**
     * Who asked, as a proxy tells it: the edge says it from the connection and drops whatever the caller
     * claimed, as an ALB or CloudFront does, or a caller could choose the address the services throttle.
     */
    private static final Set<String> SET_BY_EDGE = Set.of("forwarded", "x-real-ip");

    /**
     * The slowest upload the edge waits for: a 5 MB product image from a browser on a poor link (or with
     * the developer tools' throttling on) takes minutes, and is not a service that hangs.
     */
    static final long SLOWEST_UPLOAD_BYTES_PER_SECOND = 16 * 1024;

    /** More than the largest body a service takes (a 5 MB image), so that any refusal of one is heard. */
    private static final long MAX_DISCARDED_BYTES = 16L * 1024 * 1024;

    /**
     * @param response how long a service may take to send its response headers once the request is through;
     *        a request with a body is also given the time its body takes at {@link #SLOWEST_UPLOAD_BYTES_PER_SECOND}
     */
    public record Timeouts(Duration connect, Duration response) {
        public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(30));
    }

    private final Map<String, URI> origins;
    private final InternalRoutes internalRoutes;
    private final Timeouts timeouts;
    private final EdgeLog log;
    private final HttpClient client;

    /** @param origins each service's name and where it listens, e.g. {@code catalog → http://127.0.0.1:8081} */
    public ApiProxy(Map<String, URI> origins, InternalRoutes internalRoutes, Timeouts timeouts, EdgeLog log) {
        this.origins = Map.copyOf(origins);
        this.internalRoutes = internalRoutes;
        this.timeouts = timeouts;
        this.log = log;
        this.client = HttpClient.newBuilder()
                // HTTP/2 would try an h2c upgrade on every new connection to a service that only speaks 1.1
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeouts.connect())
                // a redirect is the service's answer to the browser, not to the edge
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    /** @param servicePath the path as the service will read it (decoded and normalised), to match routes by */
    public void handle(HttpExchange exchange, String servicePath) throws IOException {
        String service = serviceNameOf(exchange.getRequestURI().getRawPath());
        URI origin = origins.get(service);
        if (origin == null) {
            Responses.sendProblem(exchange, 404, "route-not-found", "No such endpoint",
                    "No service is named '" + service + "'. Services: " + String.join(", ", new TreeSet<>(origins.keySet())) + ".");
            return;
        }
        if (internalRoutes.contains(exchange.getRequestMethod(), servicePath)) {
            answerForTheService(exchange, 404, "route-not-found", "No such endpoint",
                    "There is no public endpoint " + exchange.getRequestMethod() + " " + servicePath + ".");
            return;
        }
        String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
        HttpResponse<InputStream> response;
        try {
            response = client.send(upstreamRequest(exchange, origin), BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            log.log(requestId, service + " at " + origin + " did not accept a connection within " + seconds(timeouts.connect()));
            unavailable(exchange, service);
            return;
        } catch (HttpTimeoutException e) {
            log.log(requestId, service + " at " + origin + " did not answer within " + seconds(timeouts.response()));
            answerForTheService(exchange, 504, "upstream-timeout", "Upstream timeout",
                    "The " + service + " service did not answer in time. Try again; if it keeps happening, the service"
                            + " may be overloaded. Request ID: " + requestId + ".");
            return;
        } catch (IOException e) {
            log.log(requestId, service + " at " + origin + " cannot be reached: " + describe(e));
            unavailable(exchange, service);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.log(requestId, service + " was not asked: the edge is shutting down");
            unavailable(exchange, service);
            return;
        }
        relayResponse(exchange, response);
    }

    /** {@code /api/catalog/products} → {@code catalog}. */
    static String serviceNameOf(String rawPath) {
        String rest = rawPath.substring("/api/".length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private HttpRequest upstreamRequest(HttpExchange exchange, URI origin) {
        URI incoming = exchange.getRequestURI();
        String target = origin + incoming.getRawPath() + (incoming.getRawQuery() == null ? "" : "?" + incoming.getRawQuery());
        Headers headers = exchange.getRequestHeaders();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target))
                // the client's timeout runs from the first byte sent, so it includes the body's journey
                .timeout(timeouts.response().plusMillis(declaredLength(headers) * 1000 / SLOWEST_UPLOAD_BYTES_PER_SECOND))
                .method(exchange.getRequestMethod(), requestBody(exchange));
        Set<String> skipped = skippedHeaders(headers.getFirst("Connection"));
        headers.forEach((name, values) -> {
            String lowerName = name.toLowerCase(Locale.ROOT);
            if (!skipped.contains(lowerName) && !SET_BY_CLIENT.contains(lowerName) && !SET_BY_EDGE.contains(lowerName)
                    && !lowerName.startsWith("x-forwarded-")) {
                values.forEach(value -> request.header(name, value));
            }
        });
        request.header("X-Forwarded-For", exchange.getRemoteAddress().getAddress().getHostAddress());
        request.header("X-Forwarded-Proto", "http");
        // the host the browser asked for, which the edge's Tomcat has already checked to be a well-formed host[:port]
        String host = headers.getFirst("Host");
        if (host != null) {
            request.header("X-Forwarded-Host", host);
        }
        return request.build();
    }

    /** The body is streamed, never buffered: an image upload passes through as it arrives. */
    private static BodyPublisher requestBody(HttpExchange exchange) {
        Headers headers = exchange.getRequestHeaders();
        if (headers.containsKey("Content-Length")) {
            long length = declaredLength(headers);
            return length == 0
                    ? BodyPublishers.noBody()
                    : BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(exchange::getRequestBody), length);
        }
        if (headers.containsKey("Transfer-Encoding")) {
            return BodyPublishers.ofInputStream(exchange::getRequestBody);
        }
        return BodyPublishers.noBody();
    }

    /** The body's {@code Content-Length}; 0 when there is none or it comes in chunks of unknown total. */
    private static long declaredLength(Headers headers) {
        String contentLength = headers.getFirst("Content-Length");
        return contentLength == null ? 0 : Long.parseLong(contentLength.strip());
    }

    private static void relayResponse(HttpExchange exchange, HttpResponse<InputStream> response) throws IOException {
        discardUnreadBody(exchange);
        HttpHeaders upstreamHeaders = response.headers();
        Set<String> skipped = skippedHeaders(upstreamHeaders.firstValue("Connection").orElse(null));
        Headers headers = exchange.getResponseHeaders();
        upstreamHeaders.map().forEach((name, values) -> {
            String lowerName = name.toLowerCase(Locale.ROOT);
            // the edge's own server sets the length (or chunks) and the date for its connection
            if (!skipped.contains(lowerName) && !lowerName.equals("content-length") && !lowerName.equals("date")) {
                headers.put(name, List.copyOf(values));
            }
        });
        int status = response.statusCode();
        OptionalLong declaredLength = upstreamHeaders.firstValueAsLong("Content-Length");
        try (InputStream body = response.body()) {
            if (Responses.isHead(exchange) || status == 204 || status == 304) {
                if (Responses.isHead(exchange)) {
                    declaredLength.ifPresent(length -> headers.set("Content-Length", Long.toString(length)));
                }
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            // the JDK server reads 0 as "length unknown, send chunked" and -1 as "no body"
            long length = declaredLength.orElse(0);
            exchange.sendResponseHeaders(status, declaredLength.isPresent() && length == 0 ? -1 : length);
            try (OutputStream out = exchange.getResponseBody()) {
                copyFlushing(body, out);
            }
        }
    }

    /** Flushes whenever the service pauses, so that streamed responses reach the browser as they are made. */
    private static void copyFlushing(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        int read;
        while ((read = in.read(buffer)) >= 0) {
            out.write(buffer, 0, read);
            if (in.available() == 0) {
                out.flush();
            }
        }
    }

    private static Set<String> skippedHeaders(String connectionHeader) {
        if (connectionHeader == null) {
            return HOP_BY_HOP;
        }
        Set<String> skipped = Arrays.stream(connectionHeader.split(","))
                .map(token -> token.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
        skipped.addAll(HOP_BY_HOP);
        return skipped;
    }

    private static void unavailable(HttpExchange exchange, String service) throws IOException {
        answerForTheService(exchange, 503, "service-unavailable", "Service unavailable",
                "The " + service + " service is not available: it may be stopped or still starting. Try again shortly.");
    }

    private static void answerForTheService(HttpExchange exchange, int status, String type, String title, String detail)
            throws IOException {
        discardUnreadBody(exchange);
        Responses.sendProblem(exchange, status, type, title, detail);
    }

    /**
     * Reads what the client has not yet sent of its body, and drops it. A service may answer before it
     * has read a whole body (an upload it refuses by its first bytes or by its URL), and so may the edge
     * for a service that fails; closing a connection that still has unread bytes resets it, and a client
     * that is still sending then loses the answer with it. Beyond a limit, the reset is the lesser evil.
     */
    private static void discardUnreadBody(HttpExchange exchange) {
        byte[] buffer = new byte[16 * 1024];
        long left = MAX_DISCARDED_BYTES;
        try {
            InputStream body = exchange.getRequestBody();
            int read;
            while (left > 0 && (read = body.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
                left -= read;
            }
        } catch (IOException e) {
            // the client has gone: there is no one left to answer
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
