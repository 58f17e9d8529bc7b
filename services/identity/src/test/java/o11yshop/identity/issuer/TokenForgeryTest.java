package o11yshop.identity.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import o11yshop.identity.IdentityClient;
import o11yshop.identity.IdentityClient.SignedUp;
import o11yshop.identity.IdentityUnderTest;
import o11yshop.platform.security.testing.TokenMint;
import o11yshop.platform.testing.ApiClient.Response;
import o11yshop.platform.testing.OpenApiContract;
import o11yshop.platform.testing.ServiceUnderTest;
import o11yshop.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tokens that identity did not sign as they are, sent to its own protected routes. Each forgery is a
 * good token — made with identity's real key, issuer and claims — changed in one point only, so each
 * refusal is for that point.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenForgeryTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.forService("identity");

    private IdentityClient api;
    private TokenMint mint;
    private RSAKey realKey;
    private SignedUp customer;

    @BeforeAll
    void startIdentity() {
        ServiceUnderTest identity = IdentityUnderTest.on(TestDatabase.Engine.POSTGRESQL);
        api = new IdentityClient(identity.baseUrl());
        realKey = identity.context().getBean(SigningKey.class).privateJwk();
        mint = new TokenMint(identity.context().getEnvironment().getRequiredProperty("shop.identity.issuer"), realKey);
        customer = api.newCustomer();
    }

    @Test
    void theMintedTokenIsGoodAsItIs() {
        Response me = api.get("/me", mint.sign(claims(unchanged -> unchanged)));

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("id").asString()).isEqualTo(customer.id().toString());
    }

    Stream<Arguments> forgeries() {
        RSAKey strangerUnderTheRealKeyId = new RSAKey.Builder(TokenMint.newKey()).keyID(realKey.getKeyID()).build();
        Instant past = Instant.now().minus(Duration.ofHours(3));
        return Stream.of(
                Arguments.of("expired", mint.sign(claims(c -> c.issueTime(Date.from(past))
                        .expirationTime(Date.from(past.plus(Duration.ofHours(1))))))),
                Arguments.of("signed with another key", TokenMint.signWith(strangerUnderTheRealKeyId, claims(c -> c))),
                Arguments.of("alg none", TokenMint.unsigned(claims(c -> c))),
                Arguments.of("HS256 with the public key as the secret", mint.hs256WithThePublicKey(claims(c -> c))),
                Arguments.of("another issuer", mint.sign(claims(c -> c.issuer("http://127.0.0.1:1/api/identity")))),
                Arguments.of("an ID token", mint.sign(claims(c -> c.claim("token_use", "id")))),
                Arguments.of("a payload swapped in after signing", swapPayload(mint.sign(claims(c -> c)),
                        mint.sign(claims(c -> c.claim("cognito:groups", List.of("admin", "customer")))))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgeries")
    void aForgedTokenIsRefused(String forgery, String token) {
        Response response = api.get("/me", token);

        assertThat(response.status()).as(response.body()).isEqualTo(401);
        CONTRACT.assertResponse("GET", "/me", 401, response.contentType(), response.body());
        assertThat(response.json().path("type").asString()).isEqualTo("urn:o11y-shop:problem:unauthenticated");
    }

    /** The caller learns that the token is not valid (or has expired), not which check caught it, nor where the service runs. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("forgeries")
    void aRefusalSaysNothingOfTheLibraryOrTheServicesAddress(String forgery, String token) {
        HttpResponse<String> response = api.exchange("GET", "/me", token, null);

        String publicReason = forgery.equals("expired") ? "The access token has expired" : "The access token is not valid";
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
                .isEqualTo("Bearer error=\"invalid_token\", error_description=\"" + publicReason + "\"");
        assertThat(response.body()).contains(publicReason);
        assertThat(response.headers().map() + response.body()).doesNotContain("Jwt", "JWT", "algorithm", "signature",
                "Signed", "claim", "iss", "token_use", "Nimbus", "127.0.0.1", "localhost", "resource_metadata");
    }

    @Test
    void aMissingTokenIsRefused() {
        Response response = api.get("/me/addresses", null);

        assertThat(response.status()).isEqualTo(401);
        CONTRACT.assertResponse("GET", "/me/addresses", 401, response.contentType(), response.body());
    }

    @Test
    void aForgedAdminIsNotLetIn() {
        String selfPromoted = swapPayload(mint.sign(claims(c -> c)),
                mint.sign(claims(c -> c.claim("cognito:groups", List.of("admin", "customer")))));

        Response response = api.get("/users", selfPromoted);

        assertThat(response.status()).isEqualTo(401);
        CONTRACT.assertResponse("GET", "/users", 401, response.contentType(), response.body());
    }

    private JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
        return change.apply(mint.claims(customer.id(), customer.email(), "customer")).build();
    }

    private static String swapPayload(String signed, String other) {
        String[] parts = signed.split("\\.");
        return parts[0] + "." + other.split("\\.")[1] + "." + parts[2];
    }
}
