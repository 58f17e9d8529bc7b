package o11yshop.catalog;

import static o11yshop.catalog.EditableCatalog.admin;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import o11yshop.platform.testing.TestDatabase;
import o11yshop.platform.testing.TestDatabases;
import o11yshop.platform.testing.authz.TestIssuer;
import o11yshop.platform.testing.openapi.RequestParts;
import o11yshop.platform.testing.openapi.ServiceFixture;
import tools.jackson.databind.JsonNode;

/**
 * catalog's rows for the generated suites: what api/catalog.yaml alone cannot say. Products and categories
 * that a request changes or deletes are made for it; an upload URL is one the catalog handed out.
 */
public final class CatalogFixture {

    private CatalogFixture() {
    }

    public static ServiceFixture onPostgres() {
        EditableCatalog catalog = EditableCatalog.on(TestDatabase.Engine.POSTGRESQL);
        // the upload whose object a request attaches: made with the path, read again for the body
        AtomicReference<String> uploadedKey = new AtomicReference<>();
        return ServiceFixture.forService("catalog", catalog.api().origin() + "/api/catalog",
                        TestDatabases.postgres("it_catalog_admin"), TestIssuer.callers())
                .operation("listCategories")
                .operation("createCategory")
                .operation("getCategory", row -> row.path("slug", () -> "audio"))
                .operation("updateCategory", row -> row.path("slug", () -> newCategory(catalog)))
                .operation("deleteCategory", row -> row.path("slug", () -> newCategory(catalog)))
                .operation("listProducts")
                .operation("createProduct", row -> row.field("categoryId", () -> EditableCatalog.AUDIO))
                .operation("searchProducts", row -> row.query("q", () -> "lamp"))
                .operation("getProduct", row -> row.path("productId", () -> "1"))
                .operation("updateProduct", row -> row.path("productId", () -> String.valueOf(catalog.newProductId()))
                        .field("categoryId", () -> EditableCatalog.AUDIO))
                .operation("deleteProduct", row -> row.path("productId", () -> String.valueOf(catalog.newProductId())))
                .operation("startImageUpload", row -> row.path("productId", () -> String.valueOf(catalog.newProductId())))
                .operation("attachProductImage", row -> row
                        .path("productId", () -> {
                            long productId = catalog.newProductId();
                            uploadedKey.set(upload(catalog, productId).path("objectKey").asString());
                            return String.valueOf(productId);
                        })
                        .field("objectKey", uploadedKey::get))
                .operation("receiveUpload", row -> row.custom(() -> uploadRequest(catalog)).answersTamperingWith(403))
                .build();
    }

    private static String newCategory(EditableCatalog catalog) {
        String slug = "generated-" + EditableCatalog.unique();
        catalog.api().send("POST", "/categories", admin(), "{\"slug\":\"" + slug + "\",\"name\":\"Generated\",\"description\":\"\"}");
        return slug;
    }

    /** A PNG uploaded to a URL the catalog handed out for the product. */
    private static JsonNode upload(EditableCatalog catalog, long productId) {
        JsonNode upload = startUpload(catalog, productId);
        catalog.api().upload(upload.path("uploadUrl").asString(), Map.of("Content-Type", "image/png"),
                java.net.http.HttpRequest.BodyPublishers.ofByteArray(TestImages.png()), null);
        return upload;
    }

    private static JsonNode startUpload(EditableCatalog catalog, long productId) {
        return catalog.api().send("POST", "/products/" + productId + "/image-uploads", admin(),
                "{\"contentType\":\"image/png\",\"contentLength\":" + TestImages.png().length + "}").json();
    }

    /** The upload of a PNG to a fresh pre-signed URL, in parts: the signed query is what hostile cases change. */
    private static RequestParts uploadRequest(EditableCatalog catalog) {
        URI url = URI.create(startUpload(catalog, catalog.newProductId()).path("uploadUrl").asString());
        String objectKey = url.getRawPath().substring(url.getRawPath().indexOf("/uploads/") + "/uploads/".length());
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : url.getRawQuery().split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            query.put(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8), nameAndValue[1]);
        }
        return new RequestParts("PUT", "/uploads/{objectKey}", Map.of("objectKey", objectKey), query, List.of(),
                "image/png", TestImages.png(), false);
    }
}
