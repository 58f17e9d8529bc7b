package o11yshop.platform.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * HTTP/1.1 written byte for byte, as a hostile client can: request lines {@link java.net.URI} refuses
 * ({@code %ZZ}, {@code %00}), bodies that are not UTF-8, a wrong or missing {@code Content-Type}, a
 * {@code Content-Length} or chunked transfer of any size. The body is written while the answer is read,
 * so a server that answers 413 before reading a 20 MB body is heard rather than seen as a broken pipe.
 */
public final class RawHttp {

    private static final int CHUNK = 64 * 1024;

    private final URI base;

    public RawHttp(String baseUrl) {
        this.base = URI.create(baseUrl);
    }

    /** One request; {@code pathAndQuery} is put after the base URL's path as it is, not encoded. */
    public record Request(String method, String pathAndQuery, List<String[]> headers, byte[] body, boolean chunked) {

        public Request {
            headers = List.copyOf(headers);
        }

        public Request withHeader(String name, String value) {
            List<String[]> all = new ArrayList<>(headers);
            all.add(new String[] {name, value});
            return new Request(method, pathAndQuery, all, body, chunked);
        }

        public Optional<String> header(String name) {
            return headers.stream().filter(header -> header[0].equalsIgnoreCase(name)).map(header -> header[1]).findFirst();
        }
    }

    /** What came back; {@code status} 0 when the server closed the connection without an answer. */
    public record Response(int status, List<String[]> headers, byte[] bytes) {

        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public Optional<String> header(String name) {
            return headers.stream().filter(header -> header[0].equalsIgnoreCase(name)).map(header -> header[1]).findFirst();
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        @Override
        public String toString() {
            String body = body();
            return status + " " + contentType() + " " + (body.length() > 600 ? body.substring(0, 600) + "…" : body);
        }
    }

    public Response send(Request request) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head(request).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            CompletableFuture<Void> writing = request.body() == null ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.runAsync(() -> writeBody(out, request));
            Response response = read(socket.getInputStream());
            writing.exceptionally(failure -> null).join();
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.pathAndQuery() + " failed", e);
        }
    }

    private String head(Request request) {
        StringBuilder head = new StringBuilder()
                .append(request.method()).append(' ').append(base.getRawPath()).append(request.pathAndQuery())
                .append(" HTTP/1.1\r\nHost: ").append(base.getHost()).append(':').append(base.getPort())
                .append("\r\nConnection: close\r\n");
        request.headers().forEach(header -> head.append(header[0]).append(": ").append(header[1]).append("\r\n"));
        if (request.body() != null) {
            head.append(request.chunked() ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + request.body().length + "\r\n");
        }
        return head.append("\r\n").toString();
    }

    private static void writeBody(OutputStream out, Request request) {
        byte[] body = request.body();
        try {
            for (int offset = 0; offset < body.length; offset += CHUNK) {
                int length = Math.min(CHUNK, body.length - offset);
                if (request.chunked()) {
                    out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(body, offset, length);
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                } else {
                    out.write(body, offset, length);
                }
            }
            if (request.chunked()) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            out.flush();
        } catch (IOException e) {
            // the server answered and closed before taking the whole body: what it answered is what counts
        }
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try {
            in.transferTo(all);
        } catch (IOException e) {
            // a reset after the answer: keep what arrived
        }
        byte[] raw = all.toByteArray();
        int headEnd = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (headEnd < 0) {
            return new Response(0, List.of(), raw);
        }
        String[] lines = new String(raw, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.add(new String[] {lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip()});
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, headEnd + 4, raw.length);
        boolean chunked = headers.stream().anyMatch(header -> header[0].equalsIgnoreCase("Transfer-Encoding")
                && header[1].toLowerCase(Locale.ROOT).contains("chunked"));
        return new Response(status, headers, chunked ? dechunk(body) : body);
    }

    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        int position = 0;
        while (position < body.length) {
            int lineEnd = indexOf(body, "\r\n".getBytes(StandardCharsets.ISO_8859_1), position);
            if (lineEnd < 0) {
                break;
            }
            String sizeLine = new String(body, position, lineEnd - position, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int size = Integer.parseInt(sizeLine, 16);
            if (size == 0) {
                break;
            }
            content.write(body, lineEnd + 2, Math.min(size, body.length - lineEnd - 2));
            position = lineEnd + 2 + size + 2;
        }
        return content.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        return indexOf(haystack, needle, 0);
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
