package o11yshop.platform.security;

import java.net.URI;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestTemplate;

/**
 * The one way o11y-shop checks an access token, whichever way the key is found. A token is accepted
 * only when it is signed with RS256 by the issuer's key (so {@code alg: none} and HS256 — the
 * "sign with the public key as an HMAC secret" trick — are refused before any claim is read), names
 * the expected issuer, has not expired (a token without {@code exp} is refused too), is an access
 * token rather than a Cognito ID token, and names a user by UUID — or, for a service's client-credentials
 * token, names the client itself ({@code sub} equal to {@code client_id}, as Cognito issues them).
 */
public final class ShopJwtDecoders {

    // A slow key endpoint must not hold requests for long; the key set is cached between fetches.
    private static final Duration JWKS_TIMEOUT = Duration.ofSeconds(2);

    private ShopJwtDecoders() {
    }

    /** Checks tokens against the keys the issuer publishes, fetched on first use and cached. */
    public static JwtDecoder fromJwkSetUri(URI jwksUri, String issuer) {
        SimpleClientHttpRequestFactory requestFactory = new SimpleClientHttpRequestFactory();
        requestFactory.setConnectTimeout(JWKS_TIMEOUT);
        requestFactory.setReadTimeout(JWKS_TIMEOUT);
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwksUri.toString())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .restOperations(new RestTemplate(requestFactory))
                .build();
        decoder.setJwtValidator(validator(issuer));
        return decoder;
    }

    /** Checks tokens against a key the service already holds: the issuer checking its own tokens. */
    public static JwtDecoder fromPublicKey(RSAPublicKey publicKey, String issuer) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(publicKey)
                .signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(validator(issuer));
        return decoder;
    }

    static OAuth2TokenValidator<Jwt> validator(String issuer) {
        JwtTimestampValidator lifetime = new JwtTimestampValidator();
        lifetime.setAllowEmptyExpiryClaim(false);
        return JwtValidators.createDefaultWithValidators(
                lifetime,
                new JwtIssuerValidator(issuer),
                new JwtClaimValidator<String>(ShopClaims.TOKEN_USE, ShopClaims.ACCESS_TOKEN_USE::equals),
                ShopJwtDecoders::namesAUserOrAService);
    }

    /** A user by UUID, or the client a client-credentials token was issued to. */
    private static OAuth2TokenValidatorResult namesAUserOrAService(Jwt jwt) {
        if (isUuid(jwt.getSubject()) || ShopAuthorities.isServiceToken(jwt)) {
            return OAuth2TokenValidatorResult.success();
        }
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                "The sub claim is not valid", null));
    }

    private static boolean isUuid(String subject) {
        if (subject == null) {
            return false;
        }
        try {
            return UUID.fromString(subject).toString().equalsIgnoreCase(subject);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
