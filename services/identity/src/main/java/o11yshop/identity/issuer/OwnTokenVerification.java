package o11yshop.identity.issuer;

import o11yshop.identity.IdentityProperties;
import o11yshop.identity.WhenLocalProvider;
import o11yshop.platform.security.ShopJwtDecoders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Identity checks the tokens it signed itself with the public key it already holds, instead of fetching
 * its own JWKS over HTTP like the other services: no call to itself (which could not answer before its
 * web server is up), and the same validation rules through platform-security. With Cognito there is no
 * such bean and platform-security checks the pool's tokens against the pool's JWKS.
 */
@Configuration
@WhenLocalProvider
class OwnTokenVerification {

    @Bean
    JwtDecoder jwtDecoder(SigningKey signingKey, IdentityProperties properties) {
        return ShopJwtDecoders.fromPublicKey(signingKey.publicKey(), properties.issuer());
    }
}
