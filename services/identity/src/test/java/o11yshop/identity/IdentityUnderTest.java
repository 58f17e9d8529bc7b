package o11yshop.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import o11yshop.platform.testing.ServiceUnderTest;
import o11yshop.platform.testing.TestDatabase;
import o11yshop.platform.testing.TestDatabases;

/**
 * The real identity service on a real database engine, shared by the test classes of one JVM. It runs on
 * a port chosen before it starts, because its issuer URL — in every token and in its discovery
 * document — must name the address the tests reach it at. Lock-outs are short so that the throttle
 * tests can watch one end.
 */
public final class IdentityUnderTest {

    /** The administrator the service creates at start; the password is made up per test run, never written down. */
    public static final String ADMIN_EMAIL = "admin@o11y-shop.test";
    public static final String ADMIN_PASSWORD = "admin-" + UUID.randomUUID();

    /** The one service registered for client-credentials tokens; its secret, too, is made up per run. */
    public static final String SERVICE_CLIENT_ID = "order";
    public static final String SERVICE_CLIENT_SECRET = "secret-" + UUID.randomUUID();
    public static final String SERVICE_SCOPE = "inventory/reservations";

    private IdentityUnderTest() {
    }

    public static ServiceUnderTest on(TestDatabase.Engine engine) {
        return ServiceUnderTest.shared("identity-" + engine, IdentityApplication::builder,
                TestDatabases.of(engine, "it_identity"), properties(freePort(), Map.of()));
    }

    /** A service of its own on the schema of the shared one, e.g. to watch what a restart does; the test stops it. */
    public static ServiceUnderTest anotherInstance(TestDatabase.Engine engine, Map<String, String> overrides) {
        return ServiceUnderTest.start(IdentityApplication.builder(), TestDatabases.of(engine, "it_identity"),
                properties(freePort(), overrides));
    }

    public static Map<String, String> properties(int port, Map<String, String> overrides) {
        Map<String, String> properties = new HashMap<>();
        properties.put("server.port", Integer.toString(port));
        properties.put("shop.identity.issuer", issuerAt(port));
        properties.put("shop.admin.email", ADMIN_EMAIL);
        properties.put("shop.admin.password", ADMIN_PASSWORD);
        properties.put("shop.identity.login-throttle.first-lockout", "1s");
        properties.put("shop.identity.login-throttle.max-lockout", "4s");
        properties.put("shop.identity.clients[0].id", SERVICE_CLIENT_ID);
        properties.put("shop.identity.clients[0].secret", SERVICE_CLIENT_SECRET);
        properties.put("shop.identity.clients[0].scopes", SERVICE_SCOPE);
        properties.putAll(overrides);
        return properties;
    }

    public static String issuerAt(int port) {
        return "http://127.0.0.1:" + port + "/api/identity";
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
