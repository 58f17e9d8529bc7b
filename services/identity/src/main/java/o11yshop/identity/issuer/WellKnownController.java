package o11yshop.identity.issuer;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Duration;
import java.util.List;
import o11yshop.identity.IdentityProperties;
import o11yshop.identity.WhenLocalProvider;
import o11yshop.identity.api.KeysApi;
import o11yshop.identity.api.model.Jwk;
import o11yshop.identity.api.model.JwkSet;
import o11yshop.identity.api.model.OpenIdConfiguration;
import o11yshop.platform.security.ShopClaims;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * The issuer's public documents, at the paths where Cognito publishes its own, so that a token checker
 * configured with an issuer URL finds the keys the same way locally and in AWS.
 */
@RestController
@WhenLocalProvider
class WellKnownController implements KeysApi {

    /** Checkers may cache the keys this long; a new key is still found at once, as its ID is unknown to them. */
    private static final Duration KEYS_CACHE = Duration.ofMinutes(5);

    private final SigningKey signingKey;
    private final IdentityProperties properties;

    WellKnownController(SigningKey signingKey, IdentityProperties properties) {
        this.signingKey = signingKey;
        this.properties = properties;
    }

    @Override
    public ResponseEntity<JwkSet> getJwks() {
        List<Jwk> keys = signingKey.publicKeys().getKeys().stream()
                .map(key -> toApi(key.toRSAKey()))
                .toList();
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(KEYS_CACHE).cachePublic()).body(new JwkSet(keys));
    }

    @Override
    public ResponseEntity<OpenIdConfiguration> getOpenIdConfiguration() {
        OpenIdConfiguration configuration = new OpenIdConfiguration(
                properties.issuer(),
                properties.issuer() + "/.well-known/jwks.json",
                List.of("token"),
                List.of("public"),
                List.of("RS256"))
                .claimsSupported(List.of("iss", "sub", "email", ShopClaims.GROUPS, ShopClaims.TOKEN_USE, "exp", "iat", "jti",
                        ShopClaims.CLIENT_ID, ShopClaims.SCOPE))
                .tokenEndpoint(properties.issuer() + "/oauth2/token")
                .grantTypesSupported(List.of("client_credentials"));
        return ResponseEntity.ok(configuration);
    }

    private static Jwk toApi(RSAKey key) {
        return new Jwk(Jwk.KtyEnum.RSA, Jwk.UseEnum.SIG, Jwk.AlgEnum.RS256, key.getKeyID(),
                key.getModulus().toString(), key.getPublicExponent().toString());
    }
}
