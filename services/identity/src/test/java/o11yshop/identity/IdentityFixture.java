package o11yshop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import java.util.UUID;
import o11yshop.identity.IdentityClient.SignedUp;
import o11yshop.identity.issuer.SigningKey;
import o11yshop.platform.security.testing.TokenMint;
import o11yshop.platform.testing.ApiClient.Response;
import o11yshop.platform.testing.ServiceUnderTest;
import o11yshop.platform.testing.TestDatabase;
import o11yshop.platform.testing.TestDatabases;
import o11yshop.platform.testing.authz.Callers;
import o11yshop.platform.testing.openapi.ServiceFixture;

/**
 * identity's rows for the generated suites: what api/identity.yaml alone cannot say. identity is its own
 * issuer, so the callers' tokens are signed with its real key, for two signed-up customers and the admin
 * it created; log-ins are for the customer's real account; an address asked for is the customer's. Every
 * request comes from a client address of its own, so that the log-in throttle never meets another test.
 */
public final class IdentityFixture {

    /** Fewer than the 20 addresses a user may have, so that creating one for a request always works. */
    private static final int ADDRESSES_KEPT = 15;

    private IdentityFixture() {
    }

    public static ServiceFixture onPostgres() {
        ServiceUnderTest identity = IdentityUnderTest.on(TestDatabase.Engine.POSTGRESQL);
        IdentityClient api = new IdentityClient(identity.baseUrl());
        RSAKey key = identity.context().getBean(SigningKey.class).privateJwk();
        TokenMint mint = new TokenMint(identity.context().getEnvironment().getRequiredProperty("shop.identity.issuer"), key);
        SignedUp customer = api.newCustomer();
        SignedUp other = api.newCustomer();
        UUID adminId = UUID.fromString(api.get("/me", api.logIn(IdentityUnderTest.ADMIN_EMAIL, IdentityUnderTest.ADMIN_PASSWORD))
                .json().path("id").asString());
        Callers callers = Callers.mintedBy(mint, customer.id(), other.id(), adminId);
        String customerToken = api.logIn(customer);
        String address = newAddress(api, customerToken);
        return ServiceFixture.forService("identity", identity.baseUrl(), TestDatabases.postgres("it_identity"), callers)
                .everyRequest("X-Forwarded-For", IdentityClient::randomClientAddress)
                .operation("signUp")
                .operation("listAccounts")
                // a refused log-in (a wrong password that is valid text) counts toward the throttle by design
                .operation("logIn", row -> row.field("email", customer::email).field("password", customer::password)
                        .writesWhenRefused("login_throttle"))
                .operation("getProfile")
                .operation("updateProfile")
                .operation("listAddresses")
                .operation("createAddress")
                .operation("getAddress", row -> row.path("addressId", () -> address).ownedByCustomer())
                .operation("replaceAddress", row -> row.path("addressId", () -> address).ownedByCustomer())
                .operation("deleteAddress", row -> row.path("addressId", () -> {
                    keepRoomForOneMore(api, customerToken, address);
                    return newAddress(api, customerToken);
                }).ownedByCustomer())
                .operation("getJwks")
                .operation("getOpenIdConfiguration")
                // a service's own HTTP Basic credentials, not a bearer token: without them every caller gets
                // 401 invalid_client, in RFC 6749's JSON rather than problem details
                .operation("issueServiceToken", row -> row.authenticatesItsCallerItself(401).errorsAs("application/json")
                        .noHostileCases("its body is form-encoded, which the generator does not write;"
                                + " HostileTokenRequestTest sends it hostile requests instead"))
                .build();
    }

    private static String newAddress(IdentityClient api, String token) {
        Response created = api.post("/me/addresses", token, """
                {"name":"山田 太郎","postalCode":"1000001","prefecture":"東京都","city":"千代田区","line1":"千代田1-1","phone":"03-1234-5678"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    /** Addresses left by requests that were refused (they were not the owner's) or that created one. */
    private static void keepRoomForOneMore(IdentityClient api, String token, String kept) {
        var items = api.get("/me/addresses", token).json().path("items");
        for (int i = 0; i < items.size() && items.size() - i > ADDRESSES_KEPT; i++) {
            String id = items.get(i).path("id").asString();
            if (!id.equals(kept)) {
                api.delete("/me/addresses/" + id, token);
            }
        }
    }
}
