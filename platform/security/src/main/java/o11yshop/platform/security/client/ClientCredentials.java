package o11yshop.platform.security.client;

import java.net.URI;

/**
 * How a service gets its own access token (OAuth 2.0 client credentials): the issuer's token endpoint
 * and the app client registered there. Locally that is the identity service's {@code /oauth2/token};
 * in AWS the token endpoint of the Cognito user pool's domain ({@code https://<domain>.auth.<region>.amazoncognito.com/oauth2/token})
 * with an app client that has a secret — the same request and answer, so only configuration changes.
 *
 * @param tokenUri the token endpoint
 * @param clientId the app client's ID
 * @param clientSecret the app client's secret; never logged
 * @param scope the scopes to ask for, space-separated (e.g. {@code inventory/reservations})
 */
public record ClientCredentials(URI tokenUri, String clientId, String clientSecret, String scope) {

    public ClientCredentials {
        if (tokenUri == null || isBlank(clientId) || isBlank(clientSecret) || isBlank(scope)) {
            throw new IllegalStateException("A service's client credentials need a token URI, a client ID, a client "
                    + "secret and a scope; got tokenUri=" + tokenUri + ", clientId=" + clientId + ", scope=" + scope
                    + ", clientSecret " + (isBlank(clientSecret) ? "missing" : "set"));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Never the secret. */
    @Override
    public String toString() {
        return "ClientCredentials[tokenUri=" + tokenUri + ", clientId=" + clientId + ", scope=" + scope
                + ", clientSecret=(set)]";
    }
}
