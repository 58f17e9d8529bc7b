package o11yshop.platform.observability;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import o11yshop.platform.security.testing.JwksServer;
import o11yshop.platform.security.testing.TokenMint;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The two {@link TracedServices} of the tracing tests of both adapters — "storefront" calling "stockroom" —
 * trusting one test issuer whose {@link #mint()} signs the tokens a test sends.
 */
public final class StorefrontAndStockroom implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final JwksServer jwks;
    private final TokenMint mint;
    private final ConfigurableApplicationContext stockroom;
    private final ConfigurableApplicationContext storefront;
    private final String storefrontUrl;

    private StorefrontAndStockroom(String... settings) {
        RSAKey issuerKey = TokenMint.newKey();
        jwks = JwksServer.publishing(new JWKSet(issuerKey), "/test-issuer");
        mint = new TokenMint(jwks.issuer(), issuerKey);
        stockroom = TracedServices.start("stockroom", jwks.issuer(), settings);
        String[] storefrontSettings = Arrays.copyOf(settings, settings.length + 1);
        storefrontSettings[settings.length] = "--test.stockroom-url=" + TracedServices.baseUrl(stockroom);
        storefront = TracedServices.start("storefront", jwks.issuer(), storefrontSettings);
        storefrontUrl = TracedServices.baseUrl(storefront);
    }

    /** Starts both services with the same {@code settings}: the observability mode and what goes with it. */
    public static StorefrontAndStockroom start(String... settings) {
        return new StorefrontAndStockroom(settings);
    }

    public TokenMint mint() {
        return mint;
    }

    /** GET {@code path} of the storefront, with a bearer token when there is one and header name and value pairs. */
    public HttpResponse<String> get(String path, @Nullable String token, String... headers) {
        return TracedServices.get(storefrontUrl + path, token, headers);
    }

    /** POST {@code path} of the storefront, without a body. */
    public HttpResponse<String> post(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(storefrontUrl + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        storefront.close();
        stockroom.close();
        jwks.close();
    }
}
