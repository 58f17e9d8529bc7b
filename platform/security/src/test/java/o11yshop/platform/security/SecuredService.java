package o11yshop.platform.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import o11yshop.platform.security.testing.JwksServer;
import o11yshop.platform.security.testing.TokenMint;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real Spring Boot service using platform-security, on a free port under its own context path, that
 * trusts a real issuer endpoint and fetches its key set over HTTP; {@link #mint()} signs with the issuer's key.
 */
final class SecuredService implements AutoCloseable {

    /** The signed-in shopper of the tests' tokens. */
    static final UUID CUSTOMER = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
    /** The admin of the tests' tokens. */
    static final UUID ADMIN = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");

    private final RSAKey issuerKey = TokenMint.newKey();
    private final JwksServer jwks;
    private final TokenMint mint;
    private final ConfigurableApplicationContext context;
    private final String baseUrl;

    /** Starts {@code application} as {@code name} under {@code contextPath}, with its own {@code settings}. */
    SecuredService(Class<?> application, String name, String contextPath, String... settings) {
        jwks = JwksServer.publishing(new JWKSet(issuerKey), "/test-issuer");
        mint = new TokenMint(jwks.issuer(), issuerKey);
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.application.name=" + name,
                "--server.port=0",
                "--server.servlet.context-path=" + contextPath,
                // the test services have no database; the platform's readiness group expects one
                "--management.endpoint.health.group.readiness.include=readinessState",
                "--shop.security.issuer=" + jwks.issuer()));
        arguments.addAll(List.of(settings));
        context = new SpringApplicationBuilder(application).run(arguments.toArray(String[]::new));
        baseUrl = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port") + contextPath;
    }

    RSAKey issuerKey() {
        return issuerKey;
    }

    JwksServer jwks() {
        return jwks;
    }

    TokenMint mint() {
        return mint;
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    /** The address of {@code path} in the service. */
    String url(String path) {
        return baseUrl + path;
    }

    @Override
    public void close() {
        context.close();
        jwks.close();
    }
}
