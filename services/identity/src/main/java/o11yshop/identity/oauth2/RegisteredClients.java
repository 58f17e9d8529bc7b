package o11yshop.identity.oauth2;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import o11yshop.identity.WhenLocalProvider;
import org.springframework.stereotype.Component;

/**
 * The registered clients, each with a SHA-256 digest of its secret rather than the secret. A presented
 * secret is hashed and compared with {@link MessageDigest#isEqual} (constant time), and an unknown client
 * is compared against a digest too, so that the answer time says neither how much of a secret was right
 * nor whether the client exists. The secrets are long random strings, so a fast hash is enough: there is
 * no password to guess from a digest.
 */
@Component
@WhenLocalProvider
class RegisteredClients {

    /** A client that passed authentication. */
    record AuthenticatedClient(String id, List<String> scopes) {
    }

    private record Registration(byte[] secretDigest, List<String> scopes) {
    }

    private static final byte[] NO_CLIENT = sha256("no client has this secret: it is only compared against");

    private final Map<String, Registration> clients = new LinkedHashMap<>();

    RegisteredClients(ServiceClientProperties properties) {
        for (ServiceClientProperties.Client client : properties.clients()) {
            if (clients.put(client.id(), new Registration(sha256(client.secret()), client.scopes())) != null) {
                throw new IllegalStateException("shop.identity.clients: client " + client.id() + " is registered twice");
            }
        }
    }

    Optional<AuthenticatedClient> authenticate(String clientId, String secret) {
        Registration registration = clients.get(clientId);
        byte[] expected = registration == null ? NO_CLIENT : registration.secretDigest();
        boolean matches = MessageDigest.isEqual(expected, sha256(secret));
        return registration != null && matches
                ? Optional.of(new AuthenticatedClient(clientId, registration.scopes()))
                : Optional.empty();
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
