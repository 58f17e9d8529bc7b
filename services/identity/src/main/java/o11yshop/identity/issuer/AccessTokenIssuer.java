package o11yshop.identity.issuer;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import o11yshop.identity.IdentityProperties;
import o11yshop.identity.WhenLocalProvider;
import o11yshop.identity.provider.IssuedToken;
import o11yshop.identity.provider.NewAccount;
import o11yshop.platform.security.ShopClaims;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs access tokens shaped like Amazon Cognito's, so that a service reads a local token and a Cognito
 * one the same way: {@code sub} is the user ID, {@code cognito:groups} the roles, {@code token_use} is
 * {@code access}; {@code email} is added because the local issuer knows it.
 */
@Component
@WhenLocalProvider
public class AccessTokenIssuer {

    private final JwtEncoder encoder;
    private final String keyId;
    private final IdentityProperties properties;
    private final Clock clock;

    AccessTokenIssuer(SigningKey signingKey, IdentityProperties properties, Clock clock) {
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(signingKey.privateJwk())));
        this.keyId = signingKey.privateJwk().getKeyID();
        this.properties = properties;
        this.clock = clock;
    }

    public IssuedToken issue(UUID userId, String email, boolean admin) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject(userId.toString())
                .claim(ShopClaims.EMAIL, email)
                .claim(ShopClaims.GROUPS, NewAccount.groupsOf(admin))
                .claim(ShopClaims.TOKEN_USE, ShopClaims.ACCESS_TOKEN_USE)
                .issuedAt(now)
                .expiresAt(now.plus(properties.accessTokenLifetime()))
                .id(UUID.randomUUID().toString())
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keyId).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new IssuedToken(token, properties.accessTokenLifetime());
    }
}
