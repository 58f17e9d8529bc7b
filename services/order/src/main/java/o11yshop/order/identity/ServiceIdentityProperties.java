package o11yshop.order.identity;

import java.net.URI;
import java.time.Duration;
import o11yshop.platform.security.client.ClientCredentials;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The order service's own identity, for calls that are its own rather than a shopper's (inventory's
 * reservations): an OAuth 2.0 app client with a secret. Locally the launcher makes up the secret per run
 * and registers the same client with the identity service; in AWS the token URI is the Cognito user
 * pool domain's {@code /oauth2/token} and the client is the pool's app client {@code order} (created by
 * issue 14's Terraform, its secret passed in from Secrets Manager) — configuration only, no code.
 *
 * @param tokenUri the token endpoint ({@code SHOP_SERVICE_IDENTITY_TOKEN_URI})
 * @param clientId the app client's ID ({@code SHOP_SERVICE_IDENTITY_CLIENT_ID})
 * @param clientSecret its secret ({@code SHOP_SERVICE_IDENTITY_CLIENT_SECRET}); never committed, never logged
 * @param scope what the service asks for ({@code inventory/reservations})
 * @param connectTimeout how long to wait for the token endpoint to accept the connection
 * @param readTimeout how long to wait for its answer; a checkout waits for it
 */
@ConfigurationProperties("shop.service-identity")
public record ServiceIdentityProperties(URI tokenUri, String clientId, String clientSecret, String scope,
        @DefaultValue("500ms") Duration connectTimeout, @DefaultValue("2s") Duration readTimeout) {

    public ClientCredentials credentials() {
        return new ClientCredentials(tokenUri, clientId, clientSecret, scope);
    }

    /** Never the secret. */
    @Override
    public String toString() {
        return "ServiceIdentityProperties[tokenUri=" + tokenUri + ", clientId=" + clientId + ", scope=" + scope + "]";
    }
}
