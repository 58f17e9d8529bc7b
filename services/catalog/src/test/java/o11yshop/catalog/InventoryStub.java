package o11yshop.catalog;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import o11yshop.platform.testing.ContractStub;
import o11yshop.platform.testing.ContractStub.Answer;

/**
 * Inventory as the catalog meets it: {@code GET /stock} answered as {@code api/inventory.yaml} says (the
 * stub checks each answer against it). The products the catalog's tests name have the stock inventory's
 * demo data gives them (6 is not tracked, which inventory answers as sold out); every other product is
 * in stock.
 */
public final class InventoryStub {

    private static final int LOW_STOCK_THRESHOLD = 5;
    private static final int IN_STOCK = 20;
    private static final Map<Long, Integer> AVAILABLE = Map.of(2L, 3, 6L, 0, 10L, 0, 30L, 5);

    private InventoryStub() {
    }

    /** Started on {@code port} (0 for a free one). */
    public static ContractStub start(int port) {
        return ContractStub.of("inventory").on("GET", "/stock", request -> Answer.json(200, stockOf(request.query().get("productIds"))))
                .start(port);
    }

    private static String stockOf(String productIds) {
        return Arrays.stream(productIds.split(",")).map(Long::parseLong)
                .map(id -> level(id, AVAILABLE.getOrDefault(id, IN_STOCK)))
                .collect(Collectors.joining(",", "{\"items\":[", "]}"));
    }

    private static String level(long productId, int available) {
        String status = available == 0 ? "sold_out" : available <= LOW_STOCK_THRESHOLD ? "low_stock" : "in_stock";
        return "{\"productId\":%d,\"available\":%d,\"lowStockThreshold\":%d,\"status\":\"%s\"}"
                .formatted(productId, available, LOW_STOCK_THRESHOLD, status);
    }
}
