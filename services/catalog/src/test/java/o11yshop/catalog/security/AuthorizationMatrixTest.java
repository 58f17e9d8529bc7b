package o11yshop.catalog.security;

import static o11yshop.catalog.EditableCatalog.AUDIO;
import static o11yshop.catalog.EditableCatalog.CONTRACT;
import static o11yshop.catalog.EditableCatalog.admin;
import static o11yshop.catalog.EditableCatalog.productJson;
import static o11yshop.catalog.EditableCatalog.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import o11yshop.catalog.CatalogApi.Response;
import o11yshop.catalog.EditableCatalog;
import o11yshop.catalog.EditableCatalogSuite;
import o11yshop.catalog.OnEngine;
import o11yshop.catalog.TestImages;
import o11yshop.platform.testing.authz.AuthorizationMatrix;
import o11yshop.platform.testing.authz.TestIssuer;
import o11yshop.platform.testing.authz.TestUser;
import o11yshop.platform.testing.openapi.Access;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint of api/catalog.yaml called by an anonymous caller, a customer and an admin, with real
 * RS256 tokens checked against the issuer's published keys. What each may do is what the contract's
 * {@code x-required-role} says; a test below keeps this list and the contract the same. Every call gets
 * a product, category or upload of its own, so an admin's call succeeds and nobody's call meets another's.
 */
abstract class AuthorizationMatrixTest extends EditableCatalogSuite {

    enum Caller {
        ANONYMOUS(null), CUSTOMER(TestUser.CUSTOMER), ADMIN(TestUser.ADMIN);

        private final @Nullable TestUser user;

        Caller(@Nullable TestUser user) {
            this.user = user;
        }

        @Nullable String token() {
            return user == null ? null : user.token();
        }
    }

    /** A request made ready (its product, category or upload exists), to be sent with a token or none. */
    interface Call {
        Response send(@Nullable String token);
    }

    record Endpoint(String method, String template, Access access, Function<EditableCatalog, Call> prepare) {

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/categories", Access.PUBLIC, catalog -> json(catalog, "GET", "/categories", null)),
            new Endpoint("GET", "/categories/{slug}", Access.PUBLIC, catalog -> json(catalog, "GET", "/categories/audio", null)),
            new Endpoint("GET", "/products", Access.PUBLIC, catalog -> json(catalog, "GET", "/products", null)),
            new Endpoint("GET", "/products/search", Access.PUBLIC, catalog -> json(catalog, "GET", "/products/search?q=lamp", null)),
            new Endpoint("GET", "/products/{productId}", Access.PUBLIC, catalog -> json(catalog, "GET", "/products/1", null)),
            new Endpoint("PUT", "/uploads/{objectKey}", Access.PUBLIC, AuthorizationMatrixTest::upload),
            new Endpoint("POST", "/products", Access.ADMIN,
                    catalog -> json(catalog, "POST", "/products", productJson("AUTHZ-" + unique(), AUDIO, 100))),
            new Endpoint("PUT", "/products/{productId}", Access.ADMIN, catalog -> json(catalog, "PUT",
                    "/products/" + catalog.newProductId(), productJson("AUTHZ-" + unique(), AUDIO, 200))),
            new Endpoint("DELETE", "/products/{productId}", Access.ADMIN,
                    catalog -> json(catalog, "DELETE", "/products/" + catalog.newProductId(), null)),
            new Endpoint("POST", "/products/{productId}/image-uploads", Access.ADMIN, catalog -> json(catalog, "POST",
                    "/products/" + catalog.newProductId() + "/image-uploads", "{\"contentType\":\"image/png\",\"contentLength\":10}")),
            new Endpoint("POST", "/products/{productId}/images", Access.ADMIN, AuthorizationMatrixTest::attachment),
            new Endpoint("POST", "/categories", Access.ADMIN, catalog -> json(catalog, "POST", "/categories",
                    "{\"slug\":\"authz-" + unique() + "\",\"name\":\"Authz\",\"description\":\"\"}")),
            new Endpoint("PUT", "/categories/{slug}", Access.ADMIN, catalog -> json(catalog, "PUT",
                    "/categories/" + newCategory(catalog), "{\"name\":\"Renamed\",\"description\":\"\"}")),
            new Endpoint("DELETE", "/categories/{slug}", Access.ADMIN,
                    catalog -> json(catalog, "DELETE", "/categories/" + newCategory(catalog), null)));


    static Stream<Arguments> everyEndpointForEveryCaller() {
        return ENDPOINTS.stream().flatMap(endpoint -> Stream.of(Caller.values()).map(caller -> Arguments.of(endpoint, caller)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointForEveryCaller")
    void eachCallerGetsWhatTheContractAllows(Endpoint endpoint, Caller caller) {
        Response response = endpoint.prepare().apply(catalog).send(caller.token());

        assertDeclared(endpoint, response);
        if (endpoint.access().equals(Access.ADMIN) && caller == Caller.ANONYMOUS) {
            assertProblem(response, 401, "urn:o11y-shop:problem:unauthenticated");
        } else if (endpoint.access().equals(Access.ADMIN) && caller == Caller.CUSTOMER) {
            assertProblem(response, 403, "urn:o11y-shop:problem:forbidden");
        } else {
            assertThat(response.status()).as("%s as %s: %s", endpoint, caller, response).isBetween(200, 299);
        }
    }

    static Stream<Arguments> forgedTokens() {
        return TestIssuer.callers().forgeries().stream().map(forged -> Arguments.of(forged.name(), forged.bearer()));
    }

    /** Even a public route, the upload URL included, refuses a bad token rather than serving its sender as anonymous. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedTokens")
    void aForgedTokenOpensNothing(String forgery, String token) {
        List<Call> calls = ENDPOINTS.stream().map(endpoint -> endpoint.prepare().apply(catalog)).toList();
        String before = catalog.snapshot();

        for (int i = 0; i < calls.size(); i++) {
            Response response = calls.get(i).send(token);
            assertDeclared(ENDPOINTS.get(i), response);
            assertProblem(response, 401, "urn:o11y-shop:problem:unauthenticated");
        }

        assertThat(catalog.snapshot()).isEqualTo(before);
    }

    @Test
    void thisMatrixCoversEveryOperationOfTheContractWithItsDeclaredAccess() {
        AuthorizationMatrix.assertCoversTheContract("catalog",
                ENDPOINTS.stream().collect(Collectors.toMap(Endpoint::toString, Endpoint::access)));
    }

    private static Call json(EditableCatalog catalog, String method, String path, @Nullable String body) {
        return token -> catalog.api().send(method, path, token, body);
    }

    /** The upload URL is public, but only one handed out to an admin exists. */
    private static Call upload(EditableCatalog catalog) {
        JsonNode upload = startUpload(catalog, catalog.newProductId());
        return token -> catalog.api().upload(upload.path("uploadUrl").asString(),
                Map.of("Content-Type", "image/png"), BodyPublishers.ofByteArray(TestImages.png()), token);
    }

    private static Call attachment(EditableCatalog catalog) {
        long productId = catalog.newProductId();
        JsonNode upload = startUpload(catalog, productId);
        catalog.api().upload(upload.path("uploadUrl").asString(), Map.of("Content-Type", "image/png"),
                BodyPublishers.ofByteArray(TestImages.png()), null);
        return json(catalog, "POST", "/products/" + productId + "/images",
                "{\"objectKey\":\"" + upload.path("objectKey").asString() + "\",\"alt\":\"A picture\"}");
    }

    private static JsonNode startUpload(EditableCatalog catalog, long productId) {
        return catalog.api().send("POST", "/products/" + productId + "/image-uploads", admin(),
                "{\"contentType\":\"image/png\",\"contentLength\":" + TestImages.png().length + "}").json();
    }

    private static String newCategory(EditableCatalog catalog) {
        String slug = "authz-" + unique();
        catalog.api().send("POST", "/categories", admin(), "{\"slug\":\"" + slug + "\",\"name\":\"Authz\",\"description\":\"\"}");
        return slug;
    }

    private static void assertDeclared(Endpoint endpoint, Response response) {
        if (!response.contentType().isEmpty()) {
            CONTRACT.assertResponse(endpoint.method(), endpoint.template(), response.status(), response.contentType(),
                    response.body());
        }
    }

    private static void assertProblem(Response response, int status, String type) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).isEqualTo(type);
    }
}

class AuthorizationMatrixOnPostgresTest extends AuthorizationMatrixTest implements OnEngine.Postgres {
}

class AuthorizationMatrixOnMysqlTest extends AuthorizationMatrixTest implements OnEngine.Mysql {
}
