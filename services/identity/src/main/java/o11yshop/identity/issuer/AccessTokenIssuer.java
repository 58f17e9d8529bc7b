package o11yshop.identity.issuer;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * {@code access}; {@code email} is added because the local issuer knows it. A service's token (the
 * client-credentials grant) is shaped like the one Cognito gives an app client: {@code sub} and
 * {@code client_id} are the client's ID, {@code scope} the granted scopes, and there are no groups.
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
        return new IssuedToken(sign(claims), properties.accessTokenLifetime());
    }

    public IssuedToken issueForClient(String clientId, List<String> scopes, Duration lifetime) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject(clientId)
                .claim(ShopClaims.CLIENT_ID, clientId)
                .claim(ShopClaims.SCOPE, String.join(" ", scopes))
                .claim(ShopClaims.TOKEN_USE, ShopClaims.ACCESS_TOKEN_USE)
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .id(UUID.randomUUID().toString())
                .build();
        return new IssuedToken(sign(claims), lifetime);
    }

    private String sign(JwtClaimsSet claims) {
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keyId).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }
}
