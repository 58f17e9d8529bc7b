package o11yshop.identity.provider.cognito;

import static o11yshop.identity.IdentityClient.json;
import static o11yshop.identity.db.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import o11yshop.identity.IdentityApplication;
import o11yshop.identity.IdentityClient;
import o11yshop.identity.provider.cognito.RecordingCognito.Call;
import o11yshop.platform.security.testing.JwksServer;
import o11yshop.platform.security.testing.TokenMint;
import o11yshop.platform.testing.ApiClient.Response;
import o11yshop.platform.testing.OpenApiContract;
import o11yshop.platform.testing.ServiceUnderTest;
import o11yshop.platform.testing.TestDatabases;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Identity with {@code shop.identity.provider=cognito}: the real adapter and the real AWS SDK, pointed
 * at a local server that speaks Cognito's protocol and records what the SDK sent. The services check
 * the pool's tokens against the pool's key set, as they do in AWS.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CognitoIdentityProviderTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.forService("identity");
    private static final String POOL_ID = "ap-northeast-1_TestPool1";
    private static final String CLIENT_ID = "shopwebclient123";
    private static final String CLIENT_SECRET = "client-secret-" + UUID.randomUUID();
    private static final String ADMIN_EMAIL = "pool-admin@o11y-shop.test";
    private static final String ADMIN_PASSWORD = "admin-" + UUID.randomUUID();
    private static final String ACCESS_KEY_ID = "AKIDTESTCOGNITOADAPTER";

    private final Map<String, String> savedSystemProperties = new HashMap<>();
    private JwksServer poolKeys;
    private RecordingCognito cognito;
    private ServiceUnderTest identity;
    private IdentityClient api;
    private List<Call> startUpCalls;

    @BeforeAll
    void startIdentityAgainstTheRecordingCognito() {
        // the SDK's default credential chain reads these first; in AWS it finds the task role instead
        setSystemProperty("aws.accessKeyId", ACCESS_KEY_ID);
        setSystemProperty("aws.secretAccessKey", "test-secret-" + UUID.randomUUID());
        RSAKey poolKey = TokenMint.newKey();
        poolKeys = JwksServer.publishing(new JWKSet(poolKey), "/" + POOL_ID);
        cognito = new RecordingCognito(new TokenMint(poolKeys.issuer(), poolKey), CLIENT_ID);
        identity = ServiceUnderTest.start(IdentityApplication.builder(), TestDatabases.postgres("it_identity_cognito"), Map.of(
                "shop.identity.provider", "cognito",
                "shop.identity.cognito.region", "ap-northeast-1",
                "shop.identity.cognito.user-pool-id", POOL_ID,
                "shop.identity.cognito.client-id", CLIENT_ID,
                "shop.identity.cognito.client-secret", CLIENT_SECRET,
                "shop.identity.cognito.endpoint", cognito.endpoint().toString(),
                "shop.security.issuer", poolKeys.issuer(),
                "shop.admin.email", ADMIN_EMAIL,
                "shop.admin.password", ADMIN_PASSWORD));
        api = new IdentityClient(identity.baseUrl());
        startUpCalls = cognito.takeCalls();
    }

    @AfterAll
    void stop() {
        identity.stop();
        cognito.close();
        poolKeys.close();
        savedSystemProperties.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
    }

    @BeforeEach
    void forgetEarlierCalls() {
        cognito.takeCalls();
    }

    @Test
    void theAdminIsRegisteredInThePoolAtStartAndPutInBothGroups() {
        assertThat(startUpCalls).extracting(Call::operation)
                .containsExactly("SignUp", "AdminAddUserToGroup", "AdminAddUserToGroup");
        assertThat(startUpCalls.subList(1, 3)).extracting(call -> call.body().path("GroupName").asString())
                .containsExactly("admin", "customer");
        for (Call addToGroup : startUpCalls.subList(1, 3)) {
            assertThat(addToGroup.body().path("UserPoolId").asString()).isEqualTo(POOL_ID);
            assertThat(addToGroup.body().path("Username").asString()).isEqualTo(ADMIN_EMAIL);
            // an admin operation: signed with the service's AWS credentials (SigV4)
            assertThat(addToGroup.authorization())
                    .startsWith("AWS4-HMAC-SHA256 Credential=" + ACCESS_KEY_ID + "/")
                    .contains("/ap-northeast-1/cognito-idp/aws4_request");
        }
    }

    @Test
    void signUpRegistersTheUserWithThePoolAsACustomer() {
        String email = IdentityClient.newEmail();

        Response response = api.post("/users", null, json("email", email, "password", "password-123", "displayName", "花子"));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        CONTRACT.assertResponse("POST", "/users", 201, response.contentType(), response.body());
        assertThat(response.json().path("id").asString()).as("the pool's sub").isEqualTo(cognito.subOf(email));
        List<Call> calls = cognito.takeCalls();
        assertThat(calls).extracting(Call::operation).containsExactly("SignUp", "AdminAddUserToGroup");
        Call signUp = calls.get(0);
        assertThat(signUp.target()).isEqualTo("AWSCognitoIdentityProviderService.SignUp");
        assertThat(signUp.contentType()).isEqualTo("application/x-amz-json-1.1");
        assertThat(signUp.body().path("ClientId").asString()).isEqualTo(CLIENT_ID);
        assertThat(signUp.body().path("Username").asString()).isEqualTo(email);
        assertThat(signUp.body().path("Password").asString()).isEqualTo("password-123");
        assertThat(signUp.body().path("SecretHash").asString()).isEqualTo(secretHash(email));
        assertThat(attributes(signUp.body())).containsEntry("email", email).containsEntry("name", "花子");
        assertThat(calls.get(1).body().path("GroupName").asString()).isEqualTo("customer");
    }

    @Test
    void anAddressThePoolKnowsIsAConflict() {
        String email = IdentityClient.newEmail();
        api.post("/users", null, json("email", email, "password", "password-123", "displayName", "A"));
        cognito.takeCalls();

        Response again = api.post("/users", null, json("email", email.toUpperCase(), "password", "password-456", "displayName", "B"));

        assertThat(again.status()).isEqualTo(409);
        CONTRACT.assertResponse("POST", "/users", 409, again.contentType(), again.body());
        assertThat(cognito.takeCalls()).as("refused from identity's own records, before the pool is asked").isEmpty();
    }

    @Test
    void anAddressOnlyThePoolKnowsIsAConflictToo() {
        String email = IdentityClient.newEmail();
        String adminToken = adminToken();
        long before = api.get("/users?size=1", adminToken).json().path("totalItems").asLong();
        api.post("/users", null, json("email", email, "password", "password-123", "displayName", "A"));
        // the profile gone, the pool's user left: as after a failure between the two writes
        identity.context().getBean(DSLContext.class).deleteFrom(USER_ACCOUNT).where(USER_ACCOUNT.EMAIL.eq(email)).execute();

        Response again = api.post("/users", null, json("email", email, "password", "password-123", "displayName", "A"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("type").asString()).isEqualTo("urn:o11y-shop:problem:email-already-registered");
        assertThat(api.get("/users?size=1", adminToken).json().path("totalItems").asLong()).isEqualTo(before);
    }

    @Test
    void aPasswordThePoolsPolicyRefusesIsABadRequestAndKeepsNothing() {
        String adminToken = adminToken();
        long before = api.get("/users?size=1", adminToken).json().path("totalItems").asLong();

        Response response = api.post("/users", null, json("email", IdentityClient.newEmail(), "password", "no-digits-here",
                "displayName", "A"));

        assertThat(response.status()).isEqualTo(400);
        CONTRACT.assertResponse("POST", "/users", 400, response.contentType(), response.body());
        assertThat(response.json().path("errors").get(0).path("parameter").asString()).isEqualTo("password");
        assertThat(api.get("/users?size=1", adminToken).json().path("totalItems").asLong()).isEqualTo(before);
    }

    @Test
    void logInIsAUserPasswordAuthAndAnswersThePoolsToken() throws Exception {
        String email = IdentityClient.newEmail();
        api.post("/users", null, json("email", email, "password", "password-123", "displayName", "A"));
        cognito.takeCalls();

        HttpResponse<String> response = api.logInFrom(IdentityClient.randomClientAddress(), email, "password-123");

        assertThat(response.statusCode()).isEqualTo(200);
        CONTRACT.assertResponse("POST", "/sessions", 200, "application/json", response.body());
        Call initiateAuth = cognito.takeCalls().getFirst();
        assertThat(initiateAuth.target()).isEqualTo("AWSCognitoIdentityProviderService.InitiateAuth");
        assertThat(initiateAuth.body().path("AuthFlow").asString()).isEqualTo("USER_PASSWORD_AUTH");
        assertThat(initiateAuth.body().path("ClientId").asString()).isEqualTo(CLIENT_ID);
        JsonNode parameters = initiateAuth.body().path("AuthParameters");
        assertThat(parameters.path("USERNAME").asString()).isEqualTo(email);
        assertThat(parameters.path("PASSWORD").asString()).isEqualTo("password-123");
        assertThat(parameters.path("SECRET_HASH").asString()).isEqualTo(secretHash(email));
        JsonNode answer = JsonMapper.builder().build().readTree(response.body());
        assertThat(answer.path("expiresIn").asInt()).isEqualTo(3600);
        SignedJWT token = SignedJWT.parse(answer.path("accessToken").asString());
        assertThat(token.getJWTClaimsSet().getIssuer()).as("the pool's token, not one of identity's").isEqualTo(poolKeys.issuer());
    }

    @Test
    void aWrongPasswordIsTheUsual401() {
        String email = IdentityClient.newEmail();
        api.post("/users", null, json("email", email, "password", "password-123", "displayName", "A"));

        HttpResponse<String> response = api.logInFrom(IdentityClient.randomClientAddress(), email, "password-999");

        assertThat(response.statusCode()).isEqualTo(401);
        CONTRACT.assertResponse("POST", "/sessions", 401, "application/problem+json", response.body());
        assertThat(response.body()).contains("urn:o11y-shop:problem:invalid-credentials");
    }

    @Test
    void thePoolsTokenOpensTheProfileAndTheAddresses() {
        String email = IdentityClient.newEmail();
        String id = api.post("/users", null, json("email", email, "password", "password-123", "displayName", "A"))
                .json().path("id").asString();
        String token = api.logIn(email, "password-123");

        Response me = api.get("/me", token);
        Response addresses = api.get("/me/addresses", token);

        assertThat(me.status()).as(me.body()).isEqualTo(200);
        CONTRACT.assertResponse("GET", "/me", 200, me.contentType(), me.body());
        CONTRACT.assertResponse("GET", "/me/addresses", 200, addresses.contentType(), addresses.body());
        assertThat(me.json().path("id").asString()).isEqualTo(id);
        assertThat(me.json().path("email").asString()).as("from identity's records; the token has none").isEqualTo(email);
        assertThat(addresses.status()).isEqualTo(200);
    }

    @Test
    void thePoolsGroupsDecideWhoIsAdmin() {
        String customerEmail = IdentityClient.newEmail();
        api.post("/users", null, json("email", customerEmail, "password", "password-123", "displayName", "A"));

        Response customer = api.get("/users", api.logIn(customerEmail, "password-123"));
        Response admin = api.get("/users", adminToken());

        assertThat(customer.status()).isEqualTo(403);
        CONTRACT.assertResponse("GET", "/users", 403, customer.contentType(), customer.body());
        assertThat(admin.status()).isEqualTo(200);
        CONTRACT.assertResponse("GET", "/users", 200, admin.contentType(), admin.body());
    }

    @Test
    void theLocalIssuersDocumentsAreNotServed() {
        Response jwks = api.get("/.well-known/jwks.json", null);
        Response discovery = api.get("/.well-known/openid-configuration", null);

        assertThat(jwks.status()).isEqualTo(404);
        CONTRACT.assertResponse("GET", "/.well-known/jwks.json", 404, jwks.contentType(), jwks.body());
        assertThat(discovery.status()).isEqualTo(404);
        CONTRACT.assertResponse("GET", "/.well-known/openid-configuration", 404, discovery.contentType(), discovery.body());
    }

    private String adminToken() {
        return api.logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    private static Map<String, String> attributes(JsonNode signUp) {
        Map<String, String> attributes = new HashMap<>();
        signUp.path("UserAttributes").forEach(a -> attributes.put(a.path("Name").asString(), a.path("Value").asString()));
        return attributes;
    }

    /** As the Cognito developer guide computes it, independently of the adapter's code. */
    private static String secretHash(String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(CLIENT_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal((username + CLIENT_ID).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void setSystemProperty(String name, String value) {
        savedSystemProperties.put(name, System.getProperty(name));
        System.setProperty(name, value);
    }
}
