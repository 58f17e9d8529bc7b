package o11yshop.catalog.product;

import static o11yshop.catalog.EditableCatalog.AUDIO;
import static o11yshop.catalog.EditableCatalog.admin;
import static o11yshop.catalog.EditableCatalog.expect;
import static o11yshop.catalog.EditableCatalog.expectProblem;
import static o11yshop.catalog.EditableCatalog.productJson;
import static o11yshop.catalog.EditableCatalog.unique;
import static org.assertj.core.api.Assertions.assertThat;

import o11yshop.catalog.CatalogApi.Response;
import o11yshop.catalog.EditableCatalogSuite;
import o11yshop.catalog.OnEngine;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The admin console's product changes (A-PROD-01, A-PROD-02) over HTTP, on PostgreSQL and on MySQL:
 * what is created, changed and deleted shows (or stops showing) everywhere the shop shows products, and
 * every refusal leaves the tables as they were.
 */
abstract class ProductAdminApiTest extends EditableCatalogSuite {

    /** Cameras, under Electronics. */
    private static final long CAMERAS = 9;


    @Test
    void aNewProductIsShownInItsCategorySearchAndDetail() {
        String word = searchableWord();
        String body = """
                {"sku":"NEW-%d","name":"Kumo %s Desk Lamp","description":"A lamp that dims itself.","priceJpy":7800,
                 "categoryId":%d,"featured":true}""".formatted(unique(), word, AUDIO);

        Response created = expect(201, "POST", "/products", api.send("POST", "/products", admin(), body));

        JsonNode product = created.json();
        long id = product.path("id").asLong();
        assertThat(created.header("Location")).hasValue("/api/catalog/products/" + id);
        assertThat(product.path("name").asString()).isEqualTo("Kumo " + word + " Desk Lamp");
        assertThat(product.path("price").path("amount").asLong()).isEqualTo(7800);
        assertThat(product.path("featured").asBoolean()).isTrue();
        assertThat(product.path("images").size()).isZero();
        assertThat(product.path("breadcrumb").valueStream().map(c -> c.path("slug").asString()))
                .containsExactly("electronics", "audio");
        JsonNode detail = expect(200, "GET", "/products/{productId}", api.get("/products/" + id)).json();
        assertThat(detail).isEqualTo(product);
        assertThat(listedIds("/products/search?q=" + word)).containsExactly(id);
        assertThat(listedIds("/products?category=electronics&size=100")).contains(id);
        assertThat(listedIds("/products?featured=true&size=100")).contains(id);
        assertThat(listedIds("/products?sort=newest&size=1")).containsExactly(id);
    }

    @Test
    void aDescriptionIsMultiLineTextAndANameTakesAnyScriptAndEmoji() {
        String body = """
                {"sku":"ML-%d","name":"ティーポット 🫖 إبريق","description":"Line one.\\r\\nLine two:\\n\\t- indented","priceJpy":3200,
                 "categoryId":%d}""".formatted(unique(), AUDIO);

        JsonNode product = expect(201, "POST", "/products", api.send("POST", "/products", admin(), body)).json();

        assertThat(product.path("name").asString()).isEqualTo("ティーポット 🫖 إبريق");
        assertThat(product.path("description").asString()).isEqualTo("Line one.\r\nLine two:\n\t- indented");
    }

    @Test
    void aProductWithoutImagesShowsThePlaceholderInLists() {
        long id = catalog.newProductId();

        JsonNode card = expect(200, "GET", "/products", api.get("/products?sort=newest&size=100")).json().path("items")
                .valueStream().filter(item -> item.path("id").asLong() == id).findFirst().orElseThrow();
        assertThat(card.path("imageUrl").asString()).isEqualTo("/api/catalog/images/products/placeholder.svg");
        assertThat(card.path("stock").path("status").asString()).isNotEqualTo("unknown");
    }

    @Test
    void editingReplacesEveryFieldButKeepsTheCreationTime() {
        JsonNode original = catalog.newProduct();
        long id = original.path("id").asLong();
        String sku = "EDIT-" + unique();
        String body = """
                {"sku":"%s","name":"Renamed","description":"Now a camera.","priceJpy":99000,"categoryId":%d,"featured":true}"""
                .formatted(sku, CAMERAS);

        JsonNode changed = expect(200, "PUT", "/products/{productId}", api.send("PUT", "/products/" + id, admin(), body)).json();

        assertThat(changed.path("sku").asString()).isEqualTo(sku);
        assertThat(changed.path("name").asString()).isEqualTo("Renamed");
        assertThat(changed.path("description").asString()).isEqualTo("Now a camera.");
        assertThat(changed.path("price").path("amount").asLong()).isEqualTo(99000);
        assertThat(changed.path("category").path("slug").asString()).isEqualTo("cameras");
        assertThat(changed.path("featured").asBoolean()).isTrue();
        assertThat(changed.path("createdAt")).isEqualTo(original.path("createdAt"));
        assertThat(api.get("/products/" + id).json()).isEqualTo(changed);
    }

    @Test
    void featuredIsFalseUnlessSaid() {
        JsonNode product = catalog.newProduct();
        long id = product.path("id").asLong();
        assertThat(product.path("featured").asBoolean()).isFalse();

        String featured = productJson(product.path("sku").asString(), AUDIO, 1200).replace("}", ",\"featured\":true}");
        assertThat(api.send("PUT", "/products/" + id, admin(), featured).json().path("featured").asBoolean()).isTrue();
        String unsaid = productJson(product.path("sku").asString(), AUDIO, 1200);
        assertThat(api.send("PUT", "/products/" + id, admin(), unsaid).json().path("featured").asBoolean()).isFalse();
    }

    @Test
    void aDeletedProductIsGoneFromEveryListSearchAndCount() {
        String word = searchableWord();
        String body = """
                {"sku":"DEL-%d","name":"Doomed %s","description":"Will be deleted.","priceJpy":500,"categoryId":%d,"featured":true}"""
                .formatted(unique(), word, AUDIO);
        long id = api.send("POST", "/products", admin(), body).json().path("id").asLong();
        int audioCount = productCountOf("audio");
        long electronicsTotal = api.get("/products?category=electronics").json().path("totalItems").asLong();

        expect(204, "DELETE", "/products/{productId}", api.send("DELETE", "/products/" + id, admin(), null));

        expectProblem(404, "not-found", "GET", "/products/{productId}", api.get("/products/" + id));
        assertThat(listedIds("/products/search?q=" + word)).isEmpty();
        assertThat(listedIds("/products?size=100&sort=newest")).doesNotContain(id);
        assertThat(listedIds("/products?featured=true&size=100")).doesNotContain(id);
        assertThat(productCountOf("audio")).isEqualTo(audioCount - 1);
        assertThat(api.get("/products?category=electronics").json().path("totalItems").asLong())
                .isEqualTo(electronicsTotal - 1);
    }

    @Test
    void aDeletedProductCannotBeDeletedEditedOrGivenImagesAgain() {
        long id = catalog.newProductId();
        api.send("DELETE", "/products/" + id, admin(), null);
        String before = catalog.snapshot();

        expectProblem(404, "not-found", "DELETE", "/products/{productId}", api.send("DELETE", "/products/" + id, admin(), null));
        expectProblem(404, "not-found", "PUT", "/products/{productId}",
                api.send("PUT", "/products/" + id, admin(), productJson("REVIVE-" + unique(), AUDIO, 100)));
        expectProblem(404, "not-found", "POST", "/products/{productId}/image-uploads",
                api.send("POST", "/products/" + id + "/image-uploads", admin(), "{\"contentType\":\"image/png\",\"contentLength\":100}"));

        assertThat(catalog.snapshot()).isEqualTo(before);
    }

    @Test
    void anUnknownProductCannotBeEditedOrDeleted() {
        String before = catalog.snapshot();

        expectProblem(404, "not-found", "PUT", "/products/{productId}",
                api.send("PUT", "/products/999999", admin(), productJson("GHOST-" + unique(), AUDIO, 100)));
        expectProblem(404, "not-found", "DELETE", "/products/{productId}", api.send("DELETE", "/products/999999", admin(), null));

        assertThat(catalog.snapshot()).isEqualTo(before);
    }

    @Test
    void anSkuIsNeverGivenTwiceNotEvenOneOfADeletedProduct() {
        JsonNode existing = catalog.newProduct();
        JsonNode deleted = catalog.newProduct();
        api.send("DELETE", "/products/" + deleted.path("id").asLong(), admin(), null);
        long other = catalog.newProductId();
        String before = catalog.snapshot();

        for (String sku : new String[] {existing.path("sku").asString(), deleted.path("sku").asString(), "AUD-001"}) {
            expectProblem(409, "sku-taken", "POST", "/products", api.send("POST", "/products", admin(), productJson(sku, AUDIO, 100)));
            expectProblem(409, "sku-taken", "PUT", "/products/{productId}",
                    api.send("PUT", "/products/" + other, admin(), productJson(sku, AUDIO, 100)));
        }

        assertThat(catalog.snapshot()).isEqualTo(before);
    }

    @Test
    void keepingItsOwnSkuIsNoClash() {
        JsonNode product = catalog.newProduct();

        expect(200, "PUT", "/products/{productId}", api.send("PUT", "/products/" + product.path("id").asLong(), admin(),
                productJson(product.path("sku").asString(), CAMERAS, 4321)));
    }

    @Test
    void anUnknownCategoryIsUnprocessable() {
        long id = catalog.newProductId();
        String before = catalog.snapshot();

        expectProblem(422, "unknown-category", "POST", "/products",
                api.send("POST", "/products", admin(), productJson("NOCAT-" + unique(), 999999, 100)));
        expectProblem(422, "unknown-category", "PUT", "/products/{productId}",
                api.send("PUT", "/products/" + id, admin(), productJson("NOCAT-" + unique(), 999999, 100)));

        assertThat(catalog.snapshot()).isEqualTo(before);
    }

    private java.util.List<Long> listedIds(String pathAndQuery) {
        String template = pathAndQuery.startsWith("/products/search") ? "/products/search" : "/products";
        return expect(200, "GET", template, api.get(pathAndQuery)).json().path("items").valueStream()
                .map(item -> item.path("id").asLong()).toList();
    }

    private int productCountOf(String slug) {
        return expect(200, "GET", "/categories/{slug}", api.get("/categories/" + slug)).json().path("productCount").asInt();
    }

    /** A word no other product has; the number never prefixes another test's, thanks to the closing letter. */
    private static String searchableWord() {
        return "quokka" + unique() + "x";
    }
}

class ProductAdminApiOnPostgresTest extends ProductAdminApiTest implements OnEngine.Postgres {
}

class ProductAdminApiOnMysqlTest extends ProductAdminApiTest implements OnEngine.Mysql {
}
