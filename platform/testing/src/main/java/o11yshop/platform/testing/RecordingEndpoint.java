package o11yshop.platform.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * A local HTTP endpoint standing in for a remote API in tests (S3, Cognito, CloudWatch, CloudWatch Logs,
 * an OTLP collector): it keeps every request as it arrived, so that a test sees what the real client sent,
 * and lets a {@link Responder} answer it as the real API would. Point a client at {@link #endpoint()}.
 */
public final class RecordingEndpoint implements AutoCloseable {

    /**
     * One request as it arrived.
     *
     * @param headers names in lower case, as HTTP/1.1 leaves their case open
     * @param body the body after a {@code Content-Encoding: gzip} is undone (clients compress large bodies)
     */
    public record Request(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.getFirst();
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Answers a request that was just recorded, on the exchange it came in on. */
    @FunctionalInterface
    public interface Responder {
        void answer(Request request, HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final Responder responder;
    private final List<Request> requests = new ArrayList<>();

    private RecordingEndpoint(HttpServer server, Responder responder) {
        this.server = server;
        this.responder = responder;
        server.createContext("/", this::record);
        server.start();
    }

    /** Started on a free loopback port. */
    public static RecordingEndpoint start(Responder responder) {
        try {
            return new RecordingEndpoint(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0),
                    responder);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not bind a TCP port on 127.0.0.1", e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Every request received so far. */
    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Every request received since the last call, forgetting them. */
    public synchronized List<Request> takeRequests() {
        List<Request> taken = List.copyOf(requests);
        requests.clear();
        return taken;
    }

    /** Waits for a request that matches; fails with what was received when none comes in time. */
    public Request await(Predicate<Request> matching, Duration timeout) {
        return awaitFirst(this::requests, matching, timeout,
                () -> requests().stream().map(request -> request.method() + " " + request.path()).toList().toString());
    }

    /**
     * Waits until one of what {@code received} lists (asked again every 20 ms) matches; fails with the list
     * as {@code described} when none does in time.
     */
    public static <T> T awaitFirst(Supplier<List<T>> received, Predicate<? super T> matching, Duration timeout,
            Supplier<String> described) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> found = received.get().stream().filter(matching).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("Nothing matching within " + timeout + "; received: " + described.get());
    }

    /** Sends an answer: {@code body} may be empty (no body at all). */
    public static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void record(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] sent = exchange.getRequestBody().readAllBytes();
            Map<String, List<String>> headers = exchange.getRequestHeaders().entrySet().stream()
                    .collect(Collectors.toMap(header -> header.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue,
                            (first, second) -> first));
            byte[] body = "gzip".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                    ? new GZIPInputStream(new ByteArrayInputStream(sent)).readAllBytes()
                    : sent;
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), headers, body);
            synchronized (this) {
                requests.add(request);
            }
            responder.answer(request, exchange);
        }
    }
}
