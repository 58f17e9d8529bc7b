package o11yshop.launcher.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StaticFilesTest {

    private static final String SECRET = "secret-outside-the-export";

    @TempDir
    Path workspace;

    private Edge edge;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void startEdgeOverAnExport() throws IOException {
        Path out = Files.createDirectories(workspace.resolve("out"));
        write(workspace.resolve("secret.txt"), SECRET);
        write(out.resolve("index.html"), "<h1>home</h1>");
        write(out.resolve("cart.html"), "<h1>cart</h1>");
        write(out.resolve("account/index.html"), "<h1>account</h1>");
        write(out.resolve("404.html"), "<h1>not here</h1>");
        write(out.resolve("_next/static/chunks/app-3f2a.js"), "console.log(1)");
        write(out.resolve("_next/static/css/site.css"), "body{}");
        write(out.resolve("logo.svg"), "<svg/>");
        write(out.resolve("index.txt"), "rsc payload");
        write(out.resolve("data.json"), "{}");
        write(out.resolve("photo.webp"), "webp");
        write(out.resolve("photo.png"), "png");
        write(out.resolve("photo.jpg"), "jpg");
        write(out.resolve("favicon.ico"), "ico");
        write(out.resolve("font.woff2"), "woff2");
        write(out.resolve("app.js.map"), "{}");
        Files.createSymbolicLink(out.resolve("escape.txt"), workspace.resolve("secret.txt"));
        TestEdges.Log log = new TestEdges.Log();
        edge = TestEdges.start(TestEdges.proxy(Map.of(), log), new ControlApi(new FakeServiceControl()),
                Optional.of(new StaticFiles(out)), log);
    }

    @AfterEach
    void stopEdge() {
        edge.close();
    }

    @Test
    void rootServesIndexHtmlWithoutLongCaching() throws Exception {
        HttpResponse<String> response = get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("<h1>home</h1>");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
    }

    @Test
    void cleanUrlsMapToHtmlFilesAndFolderIndexes() throws Exception {
        assertThat(get("/cart").body()).isEqualTo("<h1>cart</h1>");
        assertThat(get("/account").body()).isEqualTo("<h1>account</h1>");
        assertThat(get("/account/").body()).isEqualTo("<h1>account</h1>");
        assertThat(get("/cart.html").body()).isEqualTo("<h1>cart</h1>");
    }

    @Test
    void unknownPathsGetTheExportsNotFoundPage() throws Exception {
        HttpResponse<String> response = get("/no/such/page");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("<h1>not here</h1>");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
    }

    @Test
    void hashedNextAssetsAreCachedForAYear() throws Exception {
        HttpResponse<String> response = get("/_next/static/chunks/app-3f2a.js");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
    }

    @ParameterizedTest
    @CsvSource({
            "/_next/static/chunks/app-3f2a.js, text/javascript;charset=utf-8",
            "/_next/static/css/site.css, text/css;charset=utf-8",
            "/logo.svg, image/svg+xml",
            "/index.txt, text/plain;charset=utf-8",
            "/data.json, application/json",
            "/photo.webp, image/webp",
            "/photo.png, image/png",
            "/photo.jpg, image/jpeg",
            "/favicon.ico, image/x-icon",
            "/font.woff2, font/woff2",
            "/app.js.map, application/json"})
    void filesAreServedWithTheirContentType(String path, String contentType) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(contentType);
    }

    @Test
    void headAnswersWithHeadersOnly() throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(uri("/cart")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValue("Content-Length")).hasValue("13");
    }

    @Test
    void otherMethodsAreNotAllowed() throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(uri("/cart")).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/../secret.txt",
            "/%2e%2e/secret.txt",
            "/%2E%2E/secret.txt",
            "/..%2fsecret.txt",
            "/%2e%2e%2fsecret.txt",
            "/_next/../../secret.txt",
            "/_next/static/%2e%2e/%2e%2e/%2e%2e/secret.txt",
            "/%252e%252e/secret.txt",
            "/..%5csecret.txt",
            "/escape.txt"})
    void nothingOutsideTheExportCanBeRead(String rawTarget) throws Exception {
        RawHttp.Response response = RawHttp.get(edge.port(), rawTarget);

        assertThat(response.status()).isIn(400, 404);
        assertThat(response.text()).doesNotContain(SECRET);
    }

    @Test
    void aMissingExportAnswersNotFound() throws Exception {
        StaticFiles missing = new StaticFiles(workspace.resolve("not-built"));

        assertThat(missing.resolve("/")).isEmpty();
        assertThat(missing.resolve("/cart")).isEmpty();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + edge.port() + path);
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
