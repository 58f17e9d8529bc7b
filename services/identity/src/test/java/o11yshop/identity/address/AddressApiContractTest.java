package o11yshop.identity.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import o11yshop.identity.IdentityClient;
import o11yshop.identity.IdentityUnderTest;
import o11yshop.platform.testing.ApiClient.Response;
import o11yshop.platform.testing.OpenApiContract;
import o11yshop.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Shipping addresses on a real database, every response checked against {@code api/identity.yaml}: each
 * user sees and changes only their own, and another user's address ID answers exactly like an unknown one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AddressApiContractTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.forService("identity");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ONE = "/me/addresses/{addressId}";

    private IdentityClient api;
    private String token;

    abstract TestDatabase.Engine engine();

    @BeforeAll
    void startIdentity() {
        api = new IdentityClient(IdentityUnderTest.on(engine()).baseUrl());
    }

    @BeforeEach
    void signUpAFreshCustomer() {
        token = api.logIn(api.newCustomer());
    }

    @Test
    void anAddressIsAddedReadChangedAndDeleted() {
        Response created = api.post("/me/addresses", token, address(Map.of()));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        CONTRACT.assertResponse("POST", "/me/addresses", 201, created.contentType(), created.body());
        JsonNode address = created.json();
        String id = address.path("id").asString();
        assertThat(address.path("postalCode").asString()).as("answered with the hyphen").isEqualTo("100-0001");
        assertThat(address.path("prefecture").asString()).isEqualTo("東京都");
        assertThat(address.has("line2")).as("an empty second line is none").isFalse();

        Response read = api.get("/me/addresses/" + id, token);
        assertThat(read.status()).isEqualTo(200);
        CONTRACT.assertResponse("GET", ONE, 200, read.contentType(), read.body());
        assertThat(read.json()).isEqualTo(address);

        Response changed = api.put("/me/addresses/" + id, token,
                address(Map.of("prefecture", "大阪府", "city", "大阪市北区", "line2", "梅田ビル 3F", "postalCode", "530-0001")));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        CONTRACT.assertResponse("PUT", ONE, 200, changed.contentType(), changed.body());
        assertThat(changed.json().path("line2").asString()).isEqualTo("梅田ビル 3F");

        Response list = api.get("/me/addresses", token);
        CONTRACT.assertResponse("GET", "/me/addresses", 200, list.contentType(), list.body());
        assertThat(list.json().path("items")).containsExactly(changed.json());

        assertThat(api.delete("/me/addresses/" + id, token).status()).isEqualTo(204);
        Response gone = api.get("/me/addresses/" + id, token);
        assertThat(gone.status()).isEqualTo(404);
        CONTRACT.assertResponse("GET", ONE, 404, gone.contentType(), gone.body());
        assertThat(api.get("/me/addresses", token).json().path("items").size()).isZero();
    }

    @Test
    void theLocationOfANewAddressIsWhereItIsRead() {
        var created = api.exchange("POST", "/me/addresses", token, address(Map.of()));

        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/api/identity/me/addresses/" + JSON.readTree(created.body()).path("id").asString());
    }

    @Test
    void anotherUsersAddressIsNotFound() {
        String mine = api.post("/me/addresses", token, address(Map.of())).json().path("id").asString();
        String stranger = api.logIn(api.newCustomer());
        String path = "/me/addresses/" + mine;

        Response read = api.get(path, stranger);
        Response changed = api.put(path, stranger, address(Map.of("name", "Thief")));
        Response deleted = api.delete(path, stranger);

        for (Response response : new Response[] {read, changed, deleted}) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.json().path("type").asString()).isEqualTo("urn:o11y-shop:problem:not-found");
        }
        CONTRACT.assertResponse("GET", ONE, 404, read.contentType(), read.body());
        CONTRACT.assertResponse("PUT", ONE, 404, changed.contentType(), changed.body());
        CONTRACT.assertResponse("DELETE", ONE, 404, deleted.contentType(), deleted.body());
        assertThat(api.get("/me/addresses", stranger).json().path("items").size()).isZero();
        assertThat(api.get(path, token).json().path("name").asString()).as("unchanged for its owner").isEqualTo("山田 花子");
    }

    @Test
    void anUnknownAddressIsNotFound() {
        Response response = api.get("/me/addresses/" + UUID.randomUUID(), token);

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void anAccountKeepsAtMostTwentyAddresses() {
        for (int i = 0; i < AddressService.MAX_ADDRESSES; i++) {
            assertThat(api.post("/me/addresses", token, address(Map.of())).status()).isEqualTo(201);
        }

        Response oneTooMany = api.post("/me/addresses", token, address(Map.of()));

        assertThat(oneTooMany.status()).isEqualTo(409);
        CONTRACT.assertResponse("POST", "/me/addresses", 409, oneTooMany.contentType(), oneTooMany.body());
        assertThat(oneTooMany.json().path("type").asString()).isEqualTo("urn:o11y-shop:problem:address-limit-reached");
        Response list = api.get("/me/addresses", token);
        assertThat(list.json().path("items").size()).isEqualTo(AddressService.MAX_ADDRESSES);
        CONTRACT.assertResponse("GET", "/me/addresses", 200, list.contentType(), list.body());
    }

    Stream<Arguments> badAddresses() {
        return Stream.of(
                Arguments.of("postal code with four digits first", address(Map.of("postalCode", "1000-001"))),
                Arguments.of("postal code too short", address(Map.of("postalCode", "100-001"))),
                Arguments.of("postal code too long", address(Map.of("postalCode", "100-00011"))),
                Arguments.of("postal code in full-width digits", address(Map.of("postalCode", "１００-０００１"))),
                Arguments.of("postal code with letters", address(Map.of("postalCode", "ABC-DEFG"))),
                Arguments.of("not a prefecture", address(Map.of("prefecture", "Tokyo"))),
                Arguments.of("phone with letters", address(Map.of("phone", "03-CALL-ME"))),
                Arguments.of("phone not starting with 0", address(Map.of("phone", "3312345678"))),
                Arguments.of("phone too long", address(Map.of("phone", "03-1234-56789"))),
                Arguments.of("name over 50 characters", address(Map.of("name", "名".repeat(51)))),
                Arguments.of("blank name", address(Map.of("name", "  "))),
                Arguments.of("city over 50 characters", address(Map.of("city", "c".repeat(51)))),
                Arguments.of("line 1 over 100 characters", address(Map.of("line1", "l".repeat(101)))),
                Arguments.of("line 2 over 100 characters", address(Map.of("line2", "l".repeat(101)))),
                Arguments.of("a line break in line 1", address(Map.of("line1", "1-1\n2-2"))),
                Arguments.of("missing phone", without("phone")),
                Arguments.of("unknown field: someone else's user ID", address(Map.of("userId", UUID.randomUUID().toString()))),
                Arguments.of("unknown field: id", address(Map.of("id", UUID.randomUUID().toString()))),
                Arguments.of("a number for the postal code", address(Map.of()).replace("\"1000001\"", "1000001")),
                Arguments.of("JSON syntax error", "{\"name\": "),
                Arguments.of("an empty body", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAddresses")
    void aBadAddressIsAProblemAndWritesNothing(String what, String body) {
        String existing = api.post("/me/addresses", token, address(Map.of())).json().path("id").asString();
        JsonNode before = api.get("/me/addresses", token).json();

        Response added = api.post("/me/addresses", token, body);
        Response replaced = api.put("/me/addresses/" + existing, token, body);

        assertThat(added.status()).as(added.body()).isEqualTo(400);
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(400);
        CONTRACT.assertResponse("POST", "/me/addresses", 400, added.contentType(), added.body());
        CONTRACT.assertResponse("PUT", ONE, 400, replaced.contentType(), replaced.body());
        assertThat(api.get("/me/addresses", token).json()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/me/addresses/not-a-uuid", "/me/addresses/123", "/me/addresses/%20"})
    void aMalformedAddressIdIsAProblem(String path) {
        Response response = api.get(path, token);

        assertThat(response.status()).isEqualTo(400);
        CONTRACT.assertResponse("GET", ONE, 400, response.contentType(), response.body());
    }

    @Test
    void addressesNeedAToken() {
        Response response = api.get("/me/addresses", null);

        assertThat(response.status()).isEqualTo(401);
        CONTRACT.assertResponse("GET", "/me/addresses", 401, response.contentType(), response.body());
    }

    /** A valid address (山田 花子, 東京都千代田区千代田 1-1) with some fields replaced. */
    private static String address(Map<String, String> changes) {
        ObjectNode address = JSON.createObjectNode()
                .put("name", "山田 花子")
                .put("postalCode", "1000001")
                .put("prefecture", "東京都")
                .put("city", "千代田区")
                .put("line1", "千代田 1-1")
                .put("line2", "")
                .put("phone", "03-1234-5678");
        changes.forEach(address::put);
        return JSON.writeValueAsString(address);
    }

    private static String without(String field) {
        ObjectNode address = (ObjectNode) JSON.readTree(address(Map.of()));
        address.remove(field);
        return JSON.writeValueAsString(address);
    }
}

class AddressApiOnPostgresTest extends AddressApiContractTest {
    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.POSTGRESQL;
    }
}

class AddressApiOnMysqlTest extends AddressApiContractTest {
    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.MYSQL;
    }
}
