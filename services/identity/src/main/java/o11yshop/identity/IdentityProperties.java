package o11yshop.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who issues the shop's tokens and how.
 *
 * @param provider {@code local}: this service checks passwords and signs tokens itself; {@code cognito}:
 *        an Amazon Cognito user pool does both, and this service keeps profiles and addresses. The beans
 *        of each are chosen by {@link WhenLocalProvider} and {@link WhenCognitoProvider}; binding it to
 *        this enum makes any other value fail the start instead of leaving the service without a provider
 * @param issuer the {@code iss} of the tokens this service signs, and the base of its well-known URLs;
 *        the URL under which clients reach the service (through the edge locally)
 * @param accessTokenLifetime how long a token this service signs is accepted
 * @param signingKey the RSA private key that signs tokens, PKCS#8 PEM ({@code SHOP_IDENTITY_SIGNING_KEY});
 *        when empty a key is generated at start, which is fine for one local instance only
 */
@ConfigurationProperties("shop.identity")
public record IdentityProperties(Provider provider, String issuer, Duration accessTokenLifetime, String signingKey) {

    public enum Provider { LOCAL, COGNITO }

    /** Never the signing key. */
    @Override
    public String toString() {
        return "IdentityProperties[provider=" + provider + ", issuer=" + issuer + ", accessTokenLifetime="
                + accessTokenLifetime + "]";
    }
}
