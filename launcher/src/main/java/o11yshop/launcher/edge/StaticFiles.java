package o11yshop.launcher.edge;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Serves the exported front end as S3 + CloudFront do in AWS: clean URLs ({@code /cart} is
 * {@code cart.html}), long caching for Next's content-hashed assets, revalidation for everything
 * else, and the export's own 404 page. No request can reach a file outside the export folder.
 */
public final class StaticFiles {

    /** As the edge's Tomcat writes them: it drops the optional space before the charset. */
    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("html", "text/html;charset=utf-8"),
            Map.entry("js", "text/javascript;charset=utf-8"),
            Map.entry("css", "text/css;charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("txt", "text/plain;charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"));
    /** Next puts a content hash in every file name under this folder, so a file there never changes. */
    private static final String IMMUTABLE_PREFIX = "/_next/static/";

    private final Path root;

    public StaticFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            Responses.sendProblem(exchange, 405, "method-not-allowed", "Method not allowed",
                    "The front end is static: only GET and HEAD are served.");
            return;
        }
        String path = exchange.getRequestURI().getPath();
        if (!isSafe(path)) {
            Responses.send(exchange, 400, "text/plain;charset=utf-8",
                    "Bad request path\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        Optional<Path> file = resolve(path);
        if (file.isPresent()) {
            sendFile(exchange, 200, file.get(), path.startsWith(IMMUTABLE_PREFIX));
            return;
        }
        Path notFoundPage = root.resolve("404.html");
        if (Files.isRegularFile(notFoundPage)) {
            sendFile(exchange, 404, notFoundPage, false);
        } else {
            Responses.send(exchange, 404, "text/plain;charset=utf-8", "Not found\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * The file a URL path names: the file itself, else {@code <path>.html}, else
     * {@code <path>/index.html}, the way a static export lays out its pages.
     */
    Optional<Path> resolve(String path) {
        if (!isSafe(path)) {
            return Optional.empty();
        }
        String relative = path.substring(1);
        List<String> candidates = relative.isEmpty() || relative.endsWith("/")
                ? List.of(relative + "index.html")
                : List.of(relative, relative + ".html", relative + "/index.html");
        return candidates.stream()
                .map(root::resolve)
                .map(Path::normalize)
                .filter(this::isInsideRoot)
                .filter(Files::isRegularFile)
                .findFirst();
    }

    /**
     * A decoded path with {@code ..} segments, backslashes or NUL is refused outright; the request
     * line's percent-encoding has been decoded by then, so {@code %2e%2e} arrives here as {@code ..}.
     */
    private static boolean isSafe(String path) {
        if (path == null || !path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
            return false;
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** Checked on the real path too, so that a symbolic link in the export cannot lead outside it. */
    private boolean isInsideRoot(Path candidate) {
        if (!candidate.startsWith(root)) {
            return false;
        }
        try {
            return !Files.exists(candidate) || candidate.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private void sendFile(HttpExchange exchange, int status, Path file, boolean immutable) throws IOException {
        String contentType = contentTypeOf(file);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control",
                immutable ? "public, max-age=31536000, immutable" : "no-cache");
        Responses.sendBody(exchange, status, Files.size(file), out -> {
            try (InputStream in = Files.newInputStream(file)) {
                in.transferTo(out);
            }
        });
    }

    static String contentTypeOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return CONTENT_TYPES.getOrDefault(extension, "application/octet-stream");
    }
}
