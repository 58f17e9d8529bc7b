package o11yshop.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.stream.Stream;
import o11yshop.platform.security.testing.TokenMint;
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
 * Every endpoint × every kind of caller who must be turned away: no token, and tokens that are forged,
 * unsigned, expired, from another issuer or Cognito ID tokens. Each is a 401 problem, and nothing is
 * written. An admin is a shopper like any other here, with a cart of their own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.forService("order");
    private static final String ORDER_ID = UUID.randomUUID().toString();

    private ServiceUnderTest order;
    private TestDatabase database;

    @BeforeAll
    void startShop() {
        OrderUnderTest.Service shop = OrderUnderTest.on(TestDatabase.Engine.POSTGRESQL);
        order = shop.order();
        database = shop.orderDatabase();
    }

    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of("GET", "/cart", "/cart", null),
                Arguments.of("PUT", "/cart/items/{productId}", "/cart/items/1", "{\"quantity\":1}"),
                Arguments.of("DELETE", "/cart/items/{productId}", "/cart/items/1", null),
                Arguments.of("POST", "/cart/merge", "/cart/merge", "{\"items\":[{\"productId\":1,\"quantity\":1}]}"),
                Arguments.of("POST", "/orders", "/orders", Checkouts.approved()),
                Arguments.of("GET", "/orders", "/orders", null),
                Arguments.of("GET", "/orders/{orderId}", "/orders/" + ORDER_ID, null),
                Arguments.of("GET", "/sales-summary", "/sales-summary", null));
    }

    static Stream<Arguments> refusedCallers() {
        TokenMint tokens = OrderUnderTest.tokens();
        UUID user = UUID.randomUUID();
        JWTClaimsSet good = tokens.claims(user, "mallory@example.com", "customer").build();
        return Stream.of(
                Arguments.of("no token", null),
                Arguments.of("alg none", TokenMint.unsigned(good)),
                Arguments.of("signed with another key", TokenMint.signWith(TokenMint.newKey(), good)),
                Arguments.of("HS256 with the public key", tokens.hs256WithThePublicKey(good)),
                Arguments.of("expired", tokens.sign(tokens.claims(user, "mallory@example.com", "customer")
                        .issueTime(Date.from(Instant.now().minusSeconds(7200)))
                        .expirationTime(Date.from(Instant.now().minusSeconds(3600))).build())),
                Arguments.of("another issuer", tokens.sign(tokens.claims(user, "mallory@example.com", "customer")
                        .issuer("https://evil.example.com").build())),
                Arguments.of("an ID token", tokens.sign(tokens.claims(user, "mallory@example.com", "customer")
                        .claim("token_use", "id").build())),
                Arguments.of("garbage", "not.a.token"));
    }

    static Stream<Arguments> everyEndpointForEveryRefusedCaller() {
        return endpoints().flatMap(endpoint -> refusedCallers().map(caller -> Arguments.of(
                endpoint.get()[0], endpoint.get()[1], endpoint.get()[2], endpoint.get()[3], caller.get()[0], caller.get()[1])));
    }

    @ParameterizedTest(name = "{0} {1} with {4} → 401")
    @MethodSource("everyEndpointForEveryRefusedCaller")
    void refusedCallersGetA401AndWriteNothing(String method, String template, String path, String body, String caller,
            String token) {
        ShopperClient client = token == null ? ShopperClient.anonymous(order)
                : ShopperClient.of(order, new Shopper(UUID.randomUUID(), token));
        String before = Tables.orderServiceSnapshot(database);

        ShopperClient.Answer answer = method.equals("POST") && path.equals("/orders")
                ? client.checkout(UUID.randomUUID().toString(), body)
                : client.send(method, path, body);

        assertThat(answer.status()).as(caller + ": " + answer.body()).isEqualTo(401);
        CONTRACT.assertResponse(method, template, 401, answer.contentType(), answer.body());
        assertThat(answer.json().path("type").asString()).isEqualTo("urn:o11y-shop:problem:unauthenticated");
        assertThat(Tables.orderServiceSnapshot(database)).isEqualTo(before);
    }

    @Test
    void anAdminHasACartOfTheirOwn() {
        UUID admin = UUID.randomUUID();
        ShopperClient client = ShopperClient.of(order,
                new Shopper(admin, OrderUnderTest.tokens().accessToken(admin, "admin@example.com", "admin", "customer")));

        ShopperClient.Answer answer = client.put("/cart/items/1", "{\"quantity\":1}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(Tables.count(database, "cart_line WHERE user_id = '" + admin + "'")).isEqualTo(1);
    }
}
