package o11yshop.catalog.stock;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import o11yshop.catalog.api.model.StockStatus;
import o11yshop.catalog.stock.client.StockApi;
import o11yshop.catalog.stock.client.model.StockLevelList;
import o11yshop.platform.web.client.ServiceClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks the inventory service for stock over HTTP, with the client generated from api/inventory.yaml.
 * Inventory being down or slow must not take product pages down with it: every failure (refused, timed
 * out, bad answer) becomes stock {@code unknown} and one WARN line, and the page is served.
 */
@Component
public class InventoryClient {

    private static final Logger log = LoggerFactory.getLogger(InventoryClient.class);

    private final RestClient http;
    private final StockApi stock;

    InventoryClient(InventoryProperties properties, ServiceClients clients) {
        this.http = clients.to(properties).build();
        this.stock = ServiceClients.typed(http, StockApi.class);
    }

    /** Stock for each product, in one call; products inventory did not answer for are {@code unknown}. */
    public Map<Long, StockLevel> stockOf(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        try {
            StockLevelList answer = stock.getStockLevels(List.copyOf(productIds));
            Map<Long, StockLevel> known = answer == null ? Map.of() : answer.getItems().stream()
                    .collect(Collectors.toMap(o11yshop.catalog.stock.client.model.StockLevel::getProductId, InventoryClient::toStockLevel, (a, b) -> a));
            return productIds.stream().distinct()
                    .collect(Collectors.toMap(Function.identity(), id -> known.getOrDefault(id, StockLevel.UNKNOWN)));
        } catch (RestClientException | IllegalArgumentException e) {
            log.warn("Inventory did not answer for {} product(s); showing stock as unknown: {}", productIds.size(), e.getMessage());
            return productIds.stream().distinct().collect(Collectors.toMap(Function.identity(), id -> StockLevel.UNKNOWN));
        }
    }

    public StockLevel stockOf(long productId) {
        return stockOf(List.of(productId)).get(productId);
    }

    /** Returns when inventory is ready, throws when it does not answer or says it cannot work (its readiness). */
    void checkReady() {
        http.get().uri("/actuator/health/readiness").retrieve().toBodilessEntity();
    }

    private static StockLevel toStockLevel(o11yshop.catalog.stock.client.model.StockLevel level) {
        return new StockLevel(StockStatus.fromValue(level.getStatus().getValue()), level.getAvailable());
    }
}
