package o11yshop.platform.security.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP token endpoint for tests of services that call others with their own token: one registered
 * client, the client-credentials grant with HTTP Basic, answers as the identity service's
 * {@code /oauth2/token} and Cognito's give them, tokens signed by the {@link TokenMint}. It counts the
 * tokens it issued, to show that a caller keeps its token.
 */
public final class TokenEndpoint implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger issued = new AtomicInteger();

    private TokenEndpoint(HttpServer server, TokenMint mint, String clientId, String clientSecret, String scope) {
        this.server = server;
        server.createContext("/oauth2/token", exchange -> {
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (!(clientId + ":" + clientSecret).equals(basicCredentials(exchange.getRequestHeaders().getFirst("Authorization")))) {
                answer(exchange, 401, "{\"error\":\"invalid_client\"}");
            } else if (!"client_credentials".equals(form.get("grant_type"))) {
                answer(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
            } else if (form.containsKey("scope") && !scope.equals(form.get("scope"))) {
                answer(exchange, 400, "{\"error\":\"invalid_scope\"}");
            } else {
                issued.incrementAndGet();
                answer(exchange, 200, "{\"access_token\":\"" + mint.serviceToken(clientId, scope)
                        + "\",\"token_type\":\"Bearer\",\"expires_in\":300}");
            }
        });
        server.start();
    }

    /** Issues tokens with {@code scope} to the one client {@code clientId} that knows {@code clientSecret}. */
    public static TokenEndpoint forClient(TokenMint mint, String clientId, String clientSecret, String scope) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            return new TokenEndpoint(server, mint, clientId, clientSecret, scope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/token");
    }

    public int tokensIssued() {
        return issued.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** {@code id:secret}, each form-decoded as RFC 6749 §2.3.1 has them encoded; null without Basic credentials. */
    private static String basicCredentials(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return null;
        }
        String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon < 0 ? null : URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8) + ":"
                + URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
