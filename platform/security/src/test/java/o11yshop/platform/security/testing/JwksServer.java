package o11yshop.platform.security.testing;

import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server publishing a key set at {@code <issuer>/.well-known/jwks.json}, where Cognito and
 * the identity service publish theirs, so a service under test fetches keys exactly as it does in the
 * running shop. It counts the fetches, to show that the service caches the keys.
 */
public final class JwksServer implements AutoCloseable {

    private final HttpServer server;
    private final String issuer;
    private final AtomicInteger fetches = new AtomicInteger();

    private JwksServer(HttpServer server, String issuerPath, JWKSet keys) {
        this.server = server;
        this.issuer = "http://127.0.0.1:" + server.getAddress().getPort() + issuerPath;
        byte[] body = keys.toString(true).getBytes(StandardCharsets.UTF_8);
        server.createContext(issuerPath + "/.well-known/jwks.json", exchange -> {
            fetches.incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** Publishes the public keys of {@code keys} for an issuer whose URL ends in {@code issuerPath}. */
    public static JwksServer publishing(JWKSet keys, String issuerPath) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            return new JwksServer(server, issuerPath, keys.toPublicJWKSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String issuer() {
        return issuer;
    }

    public URI jwksUri() {
        return URI.create(issuer + "/.well-known/jwks.json");
    }

    public int fetches() {
        return fetches.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
