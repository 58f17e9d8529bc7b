package o11yshop.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import o11yshop.catalog.OnEngine;
import o11yshop.catalog.ReadOnlyCatalogSuite;
import o11yshop.platform.testing.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The products API on a real database with inventory met at its contract; every answer is checked
 * against {@code api/catalog.yaml}. Expectations come from the demo data migrations (66 products,
 * 18 categories). The same suite runs on PostgreSQL and on MySQL.
 */
abstract class ProductApiContractTest extends ReadOnlyCatalogSuite {

    @Test
    void firstPageOfAllProducts() {
        JsonNode page = ok("/products", "/products").json();

        assertThat(page.path("items").size()).isEqualTo(20);
        assertThat(page.path("totalItems").asLong()).isEqualTo(66);
        assertThat(page.path("totalPages").asInt()).isEqualTo(4);
        assertThat(page.path("page").asInt()).isZero();
    }

    @Test
    void lastPageIsPartialAndPagesBeyondAreEmpty() {
        assertThat(ok("/products", "/products?page=3&size=20").json().path("items").size()).isEqualTo(6);
        JsonNode beyond = ok("/products", "/products?page=50").json();
        assertThat(beyond.path("items").size()).isZero();
        assertThat(beyond.path("totalItems").asLong()).isEqualTo(66);
    }

    @ParameterizedTest(name = "sort={0} starts with {1}")
    @CsvSource({"newest, 30", "price_asc, 34", "price_desc, 7"})
    void sortingDecidesTheFirstProduct(String sort, long firstId) {
        assertThat(ids("/products?sort=" + sort).getFirst()).isEqualTo(firstId);
    }

    @Test
    void newestComesFirstByDefault() {
        assertThat(ids("/products").subList(0, 3)).containsExactly(30L, 60L, 23L);
    }

    @Test
    void pricesAscendAndDescend() {
        List<Long> ascending = prices("/products?sort=price_asc&size=100");
        assertThat(ascending).isSorted().hasSize(66);
        assertThat(prices("/products?sort=price_desc&size=100")).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void nameOrdersAreMirrorImages() {
        List<Long> ascending = ids("/products?sort=name_asc&size=100");
        List<Long> descending = ids("/products?sort=name_desc&size=100");

        assertThat(descending).containsExactlyElementsOf(ascending.reversed());
    }

    @ParameterizedTest(name = "category {0} has {1} products")
    @CsvSource({"electronics, 17", "audio, 6", "books, 6", "toys-games, 7", "puzzles, 3"})
    void aCategoryIncludesItsSubCategories(String slug, long expected) {
        assertThat(ok("/products", "/products?size=100&category=" + slug).json().path("totalItems").asLong())
                .isEqualTo(expected);
    }

    @Test
    void featuredProducts() {
        assertThat(ids("/products?featured=true&size=50"))
                .containsExactlyInAnyOrder(1L, 7L, 21L, 24L, 29L, 35L, 43L, 45L, 56L, 60L);
    }

    @Test
    void everyCardHasStockFromInventory() {
        JsonNode items = ok("/products", "/products?size=100").json().path("items");

        assertThat(items.valueStream().map(item -> item.path("stock").path("status").asString()))
                .doesNotContain("unknown")
                .contains("in_stock", "low_stock", "sold_out");
        assertThat(items.valueStream().filter(item -> item.path("id").asLong() == 6).findFirst().orElseThrow()
                .path("stock").path("status").asString()).as("untracked product").isEqualTo("sold_out");
    }

    @Test
    void searchFindsWordsInNamesAndDescriptions() {
        assertThat(ids("/products/search?q=wireless")).containsExactlyInAnyOrder(1L, 2L, 3L, 12L, 13L, 47L);
        assertThat(ids("/products/search?q=bamboo")).containsExactlyInAnyOrder(22L, 27L, 58L);
    }

    @Test
    void searchIgnoresCaseAndPunctuationAndMatchesPrefixes() {
        assertThat(ids("/products/search?q=%22WIRELESS%21%22")).containsExactlyInAnyOrder(1L, 2L, 3L, 12L, 13L, 47L);
        assertThat(ids("/products/search?q=headphone")).contains(1L, 4L);
    }

    @Test
    void searchNeedsEveryWord() {
        assertThat(ids("/products/search?q=wireless+waterproof")).containsExactlyInAnyOrder(3L);
    }

    @Test
    void searchCanBeSortedAndPaged() {
        Response response = ok("/products/search", "/products/search?q=wireless&sort=price_asc&size=2&page=1");

        assertThat(response.json().path("items").size()).isEqualTo(2);
        assertThat(response.json().path("totalItems").asLong()).isEqualTo(6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zzqxv", "%25%25%25", "%27%3B+DROP+TABLE+product%3B--", "zzqxv%27+OR+%27qqq%27%3D%27qqq"})
    void searchWithoutMatchesIsAnEmptyPage(String q) {
        JsonNode page = ok("/products/search", "/products/search?q=" + q).json();

        assertThat(page.path("items").size()).isZero();
        assertThat(page.path("totalItems").asLong()).isZero();
    }

    @Test
    void productDetailWithReviewsImagesAndStock() {
        JsonNode product = ok("/products/{productId}", "/products/1").json();

        assertThat(product.path("reviews").size()).isEqualTo(5);
        assertThat(product.path("rating").path("average").asDouble()).isEqualTo(4.4);
        assertThat(product.path("images").size()).isEqualTo(2);
        assertThat(product.path("images").get(0).path("url").asString()).startsWith("/api/catalog/images/products/");
        assertThat(product.path("breadcrumb").valueStream().map(c -> c.path("slug").asString()))
                .containsExactly("electronics", "audio");
        assertThat(product.path("stock").path("status").asString()).isEqualTo("in_stock");
        assertThat(product.path("price").path("currency").asString()).isEqualTo("JPY");
    }

    @ParameterizedTest(name = "product {0} is {1}")
    @CsvSource({"2, low_stock, 3", "10, sold_out, 0", "6, sold_out, 0", "30, low_stock, 5"})
    void detailShowsInventorysStock(long id, String status, int available) {
        JsonNode stock = ok("/products/{productId}", "/products/" + id).json().path("stock");

        assertThat(stock.path("status").asString()).isEqualTo(status);
        assertThat(stock.path("available").asInt()).isEqualTo(available);
    }

    @Test
    void aProductWithoutReviewsHasAZeroRating() {
        JsonNode product = ok("/products/{productId}", "/products/12").json();

        assertThat(product.path("reviews").size()).isZero();
        assertThat(product.path("rating").path("count").asInt()).isZero();
    }

    @Test
    void anUnknownProductIsNotFound() {
        Response response = api.get("/products/999999");

        assertThat(response.status()).isEqualTo(404);
        CONTRACT.assertResponse("GET", "/products/{productId}", 404, response.contentType(), response.body());
        assertThat(response.json().path("type").asString()).isEqualTo("urn:o11y-shop:problem:not-found");
    }

    @Test
    void anUnknownCategoryIsNotFound() {
        Response response = api.get("/products?category=no-such-category");

        assertThat(response.status()).isEqualTo(404);
        CONTRACT.assertResponse("GET", "/products", 404, response.contentType(), response.body());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/products?page=-1|/products|page",
            "/products?page=abc|/products|page",
            "/products?page=10001|/products|page",
            "/products?size=0|/products|size",
            "/products?size=100000|/products|size",
            "/products?size=99999999999999|/products|size",
            "/products?sort=cheapest|/products|sort",
            "/products?sort=relevance|/products|sort",
            "/products?featured=maybe|/products|featured",
            "/products?category=Not%20A%20Slug!|/products|category",
            "/products/search|/products/search|q",
            "/products/search?q=|/products/search|q",
            "/products/search?q=wireless&sort=best|/products/search|sort",
            "/products/{productId}|/products/{productId}|productId",
    })
    void malformedParametersAreProblemsNamingTheParameter(String pathAndQuery, String template, String parameter) {
        String path = pathAndQuery.replace("{productId}", "abc");

        Response response = api.get(path);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        CONTRACT.assertResponse("GET", template, 400, response.contentType(), response.body());
        assertThat(response.json().path("type").asString()).isEqualTo("urn:o11y-shop:problem:invalid-parameter");
        assertThat(response.json().path("errors").valueStream().map(e -> e.path("parameter").asString()))
                .contains(parameter);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "1.5", "99999999999999999999999"})
    void malformedProductIdsAreProblems(String id) {
        Response response = api.get("/products/" + id);

        assertThat(response.status()).isEqualTo(400);
        CONTRACT.assertResponse("GET", "/products/{productId}", 400, response.contentType(), response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/products/search?q=%ZZ", "/products?sort=%E0%A4", "/products/%2e%2e/%2e%2e/actuator/env",
            "/products/a%00b", "/products?page=1%"})
    void unreadableRequestsAreProblemsToo(String rawPathAndQuery) {
        Response response = api.rawGet(rawPathAndQuery);

        assertThat(response.status()).as(rawPathAndQuery + " → " + response.body()).isBetween(400, 404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).startsWith("urn:o11y-shop:problem:");
    }

    @Test
    void anOverlongSearchIsRefused() {
        Response response = api.get("/products/search?q=" + "a".repeat(101));

        assertThat(response.status()).isEqualTo(400);
        CONTRACT.assertResponse("GET", "/products/search", 400, response.contentType(), response.body());
    }

    @Test
    void productImagesAreServed() {
        Response response = api.get("/images/products/AUD-001.svg");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("image/svg+xml");
        assertThat(api.get("/images/products/../../catalog.yaml").status()).isIn(400, 404);
    }

    @Test
    void theRequestIdIsEchoedOnAnswersAndProblems() {
        assertThat(api.get("/products/1", "X-Request-Id", "req-abc-1").requestId()).isEqualTo("req-abc-1");
        Response problem = api.get("/products/999999", "X-Request-Id", "req-abc-2");
        assertThat(problem.json().path("requestId").asString()).isEqualTo("req-abc-2");
        assertThat(api.get("/products/1", "X-Request-Id", "bad id with spaces").requestId())
                .isNotEqualTo("bad id with spaces").isNotBlank();
    }

    private Response ok(String template, String pathAndQuery) {
        Response response = api.get(pathAndQuery);
        assertThat(response.status()).as(pathAndQuery + " → " + response.body()).isEqualTo(200);
        CONTRACT.assertResponse("GET", template, 200, response.contentType(), response.body());
        return response;
    }

    private List<Long> ids(String pathAndQuery) {
        String template = pathAndQuery.startsWith("/products/search") ? "/products/search" : "/products";
        return ok(template, pathAndQuery).json().path("items").valueStream().map(item -> item.path("id").asLong())
                .toList();
    }

    private List<Long> prices(String pathAndQuery) {
        return ok("/products", pathAndQuery).json().path("items").valueStream()
                .map(item -> item.path("price").path("amount").asLong()).toList();
    }

}

class ProductApiOnPostgresTest extends ProductApiContractTest implements OnEngine.Postgres {
}

class ProductApiOnMysqlTest extends ProductApiContractTest implements OnEngine.Mysql {
}
