package o11yshop.launcher.telemetry;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

/**
 * The local stand-in for an OpenTelemetry Collector's OTLP/HTTP receiver: it listens where an OTLP
 * exporter sends by default (HTTP, 127.0.0.1:4318) and understands what the OpenTelemetry SDK sends
 * it — one POST per export, to {@code /v1/traces}, {@code /v1/metrics} or {@code /v1/logs}, the body an
 * {@code Export*ServiceRequest} in protobuf or in OTLP JSON, gzipped or not. Instead of forwarding to
 * X-Ray and CloudWatch as the ADOT collector would, it keeps the spans, metrics and log records for the
 * Observability Lab. It answers as the OTLP/HTTP specification says, so that an exporter knows what
 * became of an export: 200 with an empty response, or a 4xx (not to be retried) with an {@link OtlpStatus}
 * that says why.
 */
public final class OtlpHttpReceiver implements AutoCloseable {

    /** Larger exports are refused (413) rather than held in memory; the SDK's batches are far smaller. */
    static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

    private static final String PROTOBUF = "application/x-protobuf";
    private static final String JSON = "application/json";
    /** OTLP/HTTP: a receiver must ignore fields it does not know, as newer senders may send them. */
    private static final JsonFormat.Parser JSON_PARSER = JsonFormat.parser().ignoringUnknownFields();
    private static final JsonFormat.Printer JSON_PRINTER = JsonFormat.printer().omittingInsignificantWhitespace();

    /** What one path takes: its request message, where it is kept, and the empty response that says "all taken". */
    private record Endpoint<R extends Message>(Class<R> requestType, Supplier<Message.Builder> newRequest,
                                               Consumer<R> store, Message emptyResponse,
                                               TelemetryVolume.Exports volume) {

        Message decode(byte[] body, String mediaType) throws InvalidProtocolBufferException {
            Message.Builder request = newRequest.get();
            if (mediaType.equals(PROTOBUF)) {
                request.mergeFrom(body);
            } else {
                JSON_PARSER.merge(OtlpJsonIds.hexToBase64(new String(body, StandardCharsets.UTF_8)), request);
            }
            return request.build();
        }

        void keep(Message request) {
            store.accept(requestType.cast(request));
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Endpoint<?>> endpoints;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();

    private OtlpHttpReceiver(HttpServer server, ExecutorService executor, TelemetryBuffer buffer) {
        this.server = server;
        this.executor = executor;
        OtlpDocuments documents = new OtlpDocuments(buffer);
        TelemetryVolume volume = buffer.volume();
        this.endpoints = Map.of(
                "/v1/traces", new Endpoint<>(ExportTraceServiceRequest.class, ExportTraceServiceRequest::newBuilder,
                        documents::keepSpans, ExportTraceServiceResponse.getDefaultInstance(),
                        volume.otlp(TelemetryVolume.Signal.TRACES)),
                "/v1/metrics", new Endpoint<>(ExportMetricsServiceRequest.class, ExportMetricsServiceRequest::newBuilder,
                        documents::keepMetrics, ExportMetricsServiceResponse.getDefaultInstance(),
                        volume.otlp(TelemetryVolume.Signal.METRICS)),
                "/v1/logs", new Endpoint<>(ExportLogsServiceRequest.class, ExportLogsServiceRequest::newBuilder,
                        documents::keepLogRecords, ExportLogsServiceResponse.getDefaultInstance(),
                        volume.otlp(TelemetryVolume.Signal.LOGS)));
    }

    /** @throws java.net.BindException when the port is taken, by a real collector perhaps */
    public static OtlpHttpReceiver start(InetSocketAddress address, TelemetryBuffer buffer) throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        OtlpHttpReceiver receiver = new OtlpHttpReceiver(server, executor, buffer);
        server.createContext("/", receiver::receive);
        server.setExecutor(executor);
        server.start();
        return receiver;
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Exports taken, answered 200. */
    public long accepted() {
        return accepted.get();
    }

    /** Requests refused, answered 4xx. */
    public long rejected() {
        return rejected.get();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try {
            answer(exchange);
        } catch (RuntimeException e) {
            // a fault of the receiver's own: the exporter is told, and the receiver goes on with the next export
            if (exchange.getResponseCode() == -1) {
                send(exchange, 500, "text/plain; charset=utf-8", ("the receiver failed: " + e + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } finally {
            exchange.close();
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        Optional<String> mediaType = mediaTypeOf(exchange);
        Endpoint<?> endpoint = endpoints.get(exchange.getRequestURI().getPath());
        if (endpoint == null) {
            refuse(exchange, mediaType, 404, OtlpStatus.UNIMPLEMENTED,
                    "OTLP/HTTP is taken at POST /v1/traces, /v1/metrics and /v1/logs");
            return;
        }
        if (!exchange.getRequestMethod().equals("POST")) {
            exchange.getResponseHeaders().set("Allow", "POST");
            refuse(exchange, mediaType, 405, OtlpStatus.UNIMPLEMENTED, "an export is sent with POST");
            return;
        }
        if (mediaType.isEmpty()) {
            refuse(exchange, mediaType, 415, OtlpStatus.INVALID_ARGUMENT,
                    "the body must be " + PROTOBUF + " or " + JSON);
            return;
        }
        String encoding = contentEncodingOf(exchange);
        if (!encoding.equals("identity") && !encoding.equals("gzip")) {
            refuse(exchange, mediaType, 415, OtlpStatus.INVALID_ARGUMENT, "the body may be gzipped, or sent as it is");
            return;
        }
        byte[] bytes;
        CountingInputStream wire = new CountingInputStream(exchange.getRequestBody());
        try (InputStream in = encoding.equals("gzip") ? new GZIPInputStream(wire) : wire) {
            // one byte past the limit tells a body at the limit from one over it, gzipped or not
            bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length <= MAX_BODY_BYTES) {
                // whatever the decompressor left unread came on the wire as well
                wire.transferTo(OutputStream.nullOutputStream());
            }
        } catch (IOException e) {
            refuse(exchange, mediaType, 400, OtlpStatus.INVALID_ARGUMENT, "the body cannot be read: " + e.getMessage());
            return;
        }
        if (bytes.length > MAX_BODY_BYTES) {
            refuse(exchange, mediaType, 413, OtlpStatus.RESOURCE_EXHAUSTED,
                    "an export may have at most " + MAX_BODY_BYTES + " bytes; send smaller batches");
            return;
        }
        Message request;
        try {
            request = endpoint.decode(bytes, mediaType.get());
        } catch (InvalidProtocolBufferException | RuntimeException e) {
            // whatever a body holds, it is the sender's mistake, never a reason for the receiver to fail
            refuse(exchange, mediaType, 400, OtlpStatus.INVALID_ARGUMENT,
                    "the body is not an OTLP " + endpoint.requestType().getSimpleName() + ": " + e.getMessage());
            return;
        }
        endpoint.keep(request);
        endpoint.volume().add(wire.count(), bytes.length);
        accepted.incrementAndGet();
        byte[] response = mediaType.get().equals(PROTOBUF)
                ? endpoint.emptyResponse().toByteArray()
                : JSON_PRINTER.print(endpoint.emptyResponse()).getBytes(StandardCharsets.UTF_8);
        send(exchange, 200, mediaType.get(), response);
    }

    /** The request's media type when it is one OTLP/HTTP has, without parameters such as a charset. */
    private static Optional<String> mediaTypeOf(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Content-Type");
        if (header == null) {
            return Optional.empty();
        }
        String mediaType = header.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return mediaType.equals(PROTOBUF) || mediaType.equals(JSON) ? Optional.of(mediaType) : Optional.empty();
    }

    private static String contentEncodingOf(HttpExchange exchange) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                .map(encoding -> encoding.strip().toLowerCase(Locale.ROOT))
                .filter(encoding -> !encoding.isEmpty())
                .orElse("identity");
    }

    /** A refusal in the request's encoding when it has one OTLP/HTTP knows, else in plain words. */
    private void refuse(HttpExchange exchange, Optional<String> mediaType, int status, int grpcCode, String message)
            throws IOException {
        rejected.incrementAndGet();
        if (mediaType.isEmpty()) {
            send(exchange, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
        } else if (mediaType.get().equals(PROTOBUF)) {
            send(exchange, status, PROTOBUF, OtlpStatus.protobuf(grpcCode, message));
        } else {
            send(exchange, status, JSON, OtlpStatus.json(grpcCode, message));
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        // the JDK server reads 0 as "length unknown, send chunked" and -1 as "no body"; HEAD never has one
        boolean bodyless = body.length == 0 || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, bodyless ? -1 : body.length);
        if (!bodyless) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Counts the bytes of a request body as they come on the wire, before any decompression. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count += read;
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
