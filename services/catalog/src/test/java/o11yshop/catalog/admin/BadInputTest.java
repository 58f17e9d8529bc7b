package o11yshop.catalog.admin;

import static o11yshop.catalog.EditableCatalog.admin;
import static o11yshop.catalog.EditableCatalog.expect;
import static o11yshop.catalog.EditableCatalog.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import o11yshop.catalog.CatalogApi.Response;
import o11yshop.catalog.EditableCatalogSuite;
import o11yshop.catalog.OnEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Malformed and hostile input to the admin API (§8 "bad input"), sent by an admin so that only the
 * input is wrong: each is answered with a 400 {@code application/problem+json} the contract declares,
 * and nothing is written — every row and every stored image is the same before and after.
 */
abstract class BadInputTest extends EditableCatalogSuite {

    private static final String GOOD_PRODUCT = "{\"sku\":\"GOOD-1\",\"name\":\"Good\",\"description\":\"Fine.\",\"priceJpy\":1200,\"categoryId\":8}";

    private long productId;
    private String categorySlug;
    private String before;

    @BeforeAll
    void prepareAProductAndACategory() {
        productId = catalog.newProductId();
        categorySlug = "bad-input-" + unique();
        expect(201, "POST", "/categories", api.send("POST", "/categories", admin(),
                "{\"slug\":\"" + categorySlug + "\",\"name\":\"Bad input\",\"description\":\"\"}"));
    }

    @BeforeEach
    void rememberTheTables() {
        before = catalog.snapshot();
    }

    static Stream<String> badProducts() {
        return Stream.of(
                "", "{", "[]", "null", "\"GOOD-1\"", "{}",
                // the price: none, nothing, too little, too much, not a whole number of yen, not a number
                GOOD_PRODUCT.replace("\"priceJpy\":1200,", ""),
                GOOD_PRODUCT.replace("1200", "null"),
                GOOD_PRODUCT.replace("1200", "0"),
                GOOD_PRODUCT.replace("1200", "-1"),
                GOOD_PRODUCT.replace("1200", "100000001"),
                GOOD_PRODUCT.replace("1200", "99999999999999999999999"),
                GOOD_PRODUCT.replace("1200", "1200.5"),
                GOOD_PRODUCT.replace("1200", "1.2e3"),
                GOOD_PRODUCT.replace("1200", "\"1200\""),
                // the SKU: wrong case, spacing, shape, length, type
                GOOD_PRODUCT.replace("GOOD-1", "good-1"),
                GOOD_PRODUCT.replace("GOOD-1", "GOOD 1"),
                GOOD_PRODUCT.replace("GOOD-1", "GOOD--1"),
                GOOD_PRODUCT.replace("GOOD-1", "-GOOD"),
                GOOD_PRODUCT.replace("GOOD-1", "AB"),
                GOOD_PRODUCT.replace("GOOD-1", "A".repeat(41)),
                GOOD_PRODUCT.replace("GOOD-1", "GOOD-1'; DROP TABLE product;--"),
                GOOD_PRODUCT.replace("\"GOOD-1\"", "12345"),
                // name and description: empty, blank, too long, wrong type
                GOOD_PRODUCT.replace("\"Good\"", "\"\""),
                GOOD_PRODUCT.replace("\"Good\"", "\"   \""),
                GOOD_PRODUCT.replace("\"Good\"", "\"" + "n".repeat(201) + "\""),
                GOOD_PRODUCT.replace("\"Good\"", "42"),
                GOOD_PRODUCT.replace("\"Fine.\"", "\"\""),
                GOOD_PRODUCT.replace("\"Fine.\"", "\"\\t\\n \""),
                GOOD_PRODUCT.replace("\"Fine.\"", "\"" + "d".repeat(5001) + "\""),
                // the category: none, impossible ids, wrong types
                GOOD_PRODUCT.replace(",\"categoryId\":8", ""),
                GOOD_PRODUCT.replace("\"categoryId\":8", "\"categoryId\":0"),
                GOOD_PRODUCT.replace("\"categoryId\":8", "\"categoryId\":-8"),
                GOOD_PRODUCT.replace("\"categoryId\":8", "\"categoryId\":\"8\""),
                GOOD_PRODUCT.replace("\"categoryId\":8", "\"categoryId\":\"audio\""),
                // featured is true or false, nothing that might mean either
                GOOD_PRODUCT.replace("}", ",\"featured\":\"yes\"}"),
                GOOD_PRODUCT.replace("}", ",\"featured\":1}"),
                // fields the contract does not know, such as the ones only the catalog sets
                GOOD_PRODUCT.replace("}", ",\"prize\":1}"),
                GOOD_PRODUCT.replace("}", ",\"id\":1}"),
                GOOD_PRODUCT.replace("}", ",\"createdAt\":\"2020-01-01T00:00:00Z\"}"),
                GOOD_PRODUCT.replace("}", ",\"deletedAt\":null}"));
    }

    @ParameterizedTest(name = "POST {0}")
    @MethodSource("badProducts")
    void aBadNewProductIsRefused(String body) {
        assertRefusedWithoutAWrite("POST", "/products", api.send("POST", "/products", admin(), body));
    }

    @ParameterizedTest(name = "PUT {0}")
    @MethodSource("badProducts")
    void aBadProductChangeIsRefused(String body) {
        assertRefusedWithoutAWrite("PUT", "/products/{productId}", api.send("PUT", "/products/" + productId, admin(), body));
    }

    static Stream<String> badCategories() {
        String good = "{\"slug\":\"fine-slug\",\"name\":\"Fine\",\"description\":\"Fine.\",\"parentSlug\":\"audio\",\"sortOrder\":1}";
        return Stream.of(
                "", "{", "{}",
                good.replace("fine-slug", "Fine-Slug"),
                good.replace("fine-slug", "fine slug"),
                good.replace("fine-slug", "fine_slug"),
                good.replace("fine-slug", "-fine"),
                good.replace("fine-slug", ""),
                good.replace("fine-slug", "../audio"),
                good.replace("fine-slug", "s".repeat(81)),
                good.replace("\"Fine\"", "\"\""),
                good.replace("\"Fine\"", "\"  \""),
                good.replace("\"Fine\"", "\"" + "n".repeat(121) + "\""),
                good.replace(",\"description\":\"Fine.\"", ""),
                good.replace("\"Fine.\"", "\"" + "d".repeat(1001) + "\""),
                good.replace("\"audio\"", "\"Not A Slug\""),
                good.replace("\"audio\"", "8"),
                good.replace("\"sortOrder\":1", "\"sortOrder\":-1"),
                good.replace("\"sortOrder\":1", "\"sortOrder\":10001"),
                good.replace("\"sortOrder\":1", "\"sortOrder\":1.5"),
                good.replace("\"sortOrder\":1", "\"sortOrder\":\"1\""),
                good.replace("}", ",\"id\":99}"),
                good.replace("}", ",\"productCount\":5}"));
    }

    @ParameterizedTest(name = "POST {0}")
    @MethodSource("badCategories")
    void aBadNewCategoryIsRefused(String body) {
        assertRefusedWithoutAWrite("POST", "/categories", api.send("POST", "/categories", admin(), body));
    }

    @ParameterizedTest(name = "PUT {0}")
    @ValueSource(strings = {"", "{}", "{\"name\":\"\",\"description\":\"\"}", "{\"name\":\"  \",\"description\":\"\"}",
            "{\"name\":\"x\"}", "{\"name\":\"x\",\"description\":\"\",\"sortOrder\":-1}",
            "{\"name\":\"x\",\"description\":\"\",\"parentSlug\":\"NOT OK\"}",
            "{\"name\":\"x\",\"description\":\"\",\"slug\":\"renamed\"}"})
    void aBadCategoryChangeIsRefused(String body) {
        assertRefusedWithoutAWrite("PUT", "/categories/{slug}", api.send("PUT", "/categories/" + categorySlug, admin(), body));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badPaths")
    void aBadPathParameterIsRefused(String method, String path, String template, String body) {
        assertRefusedWithoutAWrite(method, template, api.send(method, path, admin(), body));
    }

    static Stream<Arguments> badPaths() {
        String upload = "{\"contentType\":\"image/png\",\"contentLength\":10}";
        String attachment = "{\"objectKey\":\"uploads/products/1/x.png\",\"alt\":\"x\"}";
        Stream<Arguments> productIds = Stream.of("0", "-1", "abc", "1.5", "99999999999999999999").flatMap(id -> Stream.of(
                Arguments.of("PUT", "/products/" + id, "/products/{productId}", GOOD_PRODUCT),
                Arguments.of("DELETE", "/products/" + id, "/products/{productId}", null),
                Arguments.of("POST", "/products/" + id + "/image-uploads", "/products/{productId}/image-uploads", upload),
                Arguments.of("POST", "/products/" + id + "/images", "/products/{productId}/images", attachment)));
        Stream<Arguments> slugs = Stream.of(
                Arguments.of("PUT", "/categories/Not_A_Slug", "/categories/{slug}", "{\"name\":\"x\",\"description\":\"\"}"),
                Arguments.of("DELETE", "/categories/" + "s".repeat(81), "/categories/{slug}", null));
        return Stream.concat(productIds, slugs);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "{}", "{\"objectKey\":\"\",\"alt\":\"x\"}", "{\"objectKey\":\"k\"}",
            "{\"objectKey\":\"k\",\"alt\":\"\"}", "{\"objectKey\":\"k\",\"alt\":\"x\",\"url\":\"https://evil.example.com\"}"})
    void aBadAttachmentIsRefused(String body) {
        assertRefusedWithoutAWrite("POST", "/products/{productId}/images",
                api.send("POST", "/products/" + productId + "/images", admin(), body));
    }

    /** Text that breaks the shared rule, as a JSON string: NUL, other controls, an override, half a surrogate pair. */
    static Stream<String> textThatBreaksTheRule() {
        return Stream.of("\\u0000", "a\\u0000b", "\\u0007bell", "del\\u007f", "c1\\u0085", "evil\\u202egpj.exe",
                "\\u2066isolate\\u2069", "half \\ud800 pair", "lone\\rreturn", "\\uffff");
    }

    static Stream<Arguments> productFieldsWithBadText() {
        return textThatBreaksTheRule().flatMap(text -> Stream.of(
                Arguments.of("name", GOOD_PRODUCT.replace("\"Good\"", "\"" + text + "\"")),
                Arguments.of("description", GOOD_PRODUCT.replace("\"Fine.\"", "\"" + text + "\"")),
                Arguments.of("sku", GOOD_PRODUCT.replace("\"GOOD-1\"", "\"" + text + "\""))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("productFieldsWithBadText")
    void badTextInAProductIsRefusedNamingTheField(String field, String body) {
        Response created = api.send("POST", "/products", admin(), body);
        assertRefusedWithoutAWrite("POST", "/products", created);
        assertThat(created.json().path("errors").get(0).path("parameter").asString()).isEqualTo(field);

        Response changed = api.send("PUT", "/products/" + productId, admin(), body);
        assertRefusedWithoutAWrite("PUT", "/products/{productId}", changed);
        assertThat(changed.json().path("errors").get(0).path("parameter").asString()).isEqualTo(field);
    }

    static Stream<Arguments> categoryFieldsWithBadText() {
        return Stream.concat(textThatBreaksTheRule().flatMap(text -> Stream.of(
                        Arguments.of("name", "\"" + text + "\"", "\"Fine.\""),
                        Arguments.of("description", "\"Fine\"", "\"" + text + "\""))),
                // a name is one line; a description may have several
                Stream.of(Arguments.of("name", "\"two\\nlines\"", "\"Fine.\""),
                        Arguments.of("name", "\"tab\\there\"", "\"Fine.\"")));
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @MethodSource("categoryFieldsWithBadText")
    void badTextInACategoryIsRefusedNamingTheField(String field, String name, String description) {
        Response created = api.send("POST", "/categories", admin(),
                "{\"slug\":\"fine-slug\",\"name\":" + name + ",\"description\":" + description + "}");
        assertRefusedWithoutAWrite("POST", "/categories", created);
        assertThat(created.json().path("errors").get(0).path("parameter").asString()).isEqualTo(field);

        Response changed = api.send("PUT", "/categories/" + categorySlug, admin(),
                "{\"name\":" + name + ",\"description\":" + description + "}");
        assertRefusedWithoutAWrite("PUT", "/categories/{slug}", changed);
        assertThat(changed.json().path("errors").get(0).path("parameter").asString()).isEqualTo(field);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/products/search?q=%00", "/products/search?q=tea%0Apot", "/products?category=%00",
            "/products?sort=%00", "/categories/%E2%80%AEaudio"})
    void aParameterThatBreaksTheTextRuleIsRefused(String pathAndQuery) {
        Response response = api.send("GET", pathAndQuery, null, null);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("errors").get(0).path("parameter").asString()).isIn("q", "category", "sort", "slug");
    }

    private void assertRefusedWithoutAWrite(String method, String template, Response response) {
        expect(400, method, template, response);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).isIn(
                "urn:o11y-shop:problem:invalid-parameter", "urn:o11y-shop:problem:malformed-request");
        assertThat(catalog.snapshot()).isEqualTo(before);
    }
}

class BadInputOnPostgresTest extends BadInputTest implements OnEngine.Postgres {
}

class BadInputOnMysqlTest extends BadInputTest implements OnEngine.Mysql {
}
