package o11yshop.order;

import o11yshop.platform.testing.ContractStub;
import o11yshop.platform.testing.ContractStub.Answer;

/**
 * The catalog as the order service meets it: {@code GET /products/{productId}} answered as
 * {@code api/catalog.yaml} says (the stub checks each answer against it). It sells products 1 to 66,
 * as the demo catalog does; product 1 is the demo's headphones at 24,800 yen, the others are named by
 * their ID and cost 1,000 to 10,000 yen by its last digit.
 */
public final class CatalogStub {

    private static final long LAST_PRODUCT = 66;

    private CatalogStub() {
    }

    public static ContractStub start() {
        return ContractStub.of("catalog").on("GET", "/products/{productId}", request -> {
            long id = Long.parseLong(request.pathVariable("productId"));
            if (id < 1 || id > LAST_PRODUCT) {
                return Answer.notFound("No product " + id);
            }
            String name = id == 1 ? "Aurivo Pulse Wireless Headphones" : "Product " + id;
            return Answer.json(200, product(id, name, id == 1 ? 24800 : 1000 * (id % 10 + 1)));
        }).start();
    }

    private static String product(long id, String name, long priceJpy) {
        return """
                {"id":%d,"sku":"SKU-%03d","name":"%s","description":"","price":{"amount":%d,"currency":"JPY"},\
                "category":{"id":1,"slug":"electronics","name":"Electronics"},"breadcrumb":[],"images":[],\
                "rating":{"average":0,"count":0},"reviews":[],"stock":{"status":"in_stock","available":20},\
                "featured":false,"createdAt":"2026-01-01T00:00:00Z"}""".formatted(id, id, name, priceJpy);
    }
}
