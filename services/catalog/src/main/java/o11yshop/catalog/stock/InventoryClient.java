package o11yshop.catalog.stock;

import java.net.http.HttpClient;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import o11yshop.catalog.api.model.StockStatus;
import o11yshop.platform.observability.Observability;
import o11yshop.platform.web.requestid.RequestIdPropagation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks the inventory service for stock over HTTP. Inventory being down or slow must not take product
 * pages down with it: every failure (refused, timed out, bad answer) becomes stock {@code unknown}
 * and one WARN line, and the page is served.
 */
@Component
public class InventoryClient {

    private static final Logger log = LoggerFactory.getLogger(InventoryClient.class);

    private final RestClient http;

    InventoryClient(InventoryProperties properties, Observability observability) {
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build());
        requestFactory.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder()
                .baseUrl(properties.baseUrl())
                .requestFactory(requestFactory)
                .requestInterceptor(observability.outgoingCallTracing())
                .requestInterceptor(RequestIdPropagation.interceptor())
                .build();
    }

    /** Stock for each product, in one call; products inventory did not answer for are {@code unknown}. */
    public Map<Long, StockLevel> stockOf(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        String ids = productIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        try {
            StockLevelList answer = http.get()
                    .uri(uri -> uri.path("/stock").queryParam("productIds", ids).build())
                    .retrieve()
                    .body(StockLevelList.class);
            Map<Long, StockLevel> known = answer == null ? Map.of() : answer.items().stream()
                    .collect(Collectors.toMap(InventoryStock::productId, InventoryStock::toStockLevel, (a, b) -> a));
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

    /** The part of inventory's answer the catalog reads (see api/inventory.yaml). */
    record StockLevelList(List<InventoryStock> items) {
    }

    record InventoryStock(long productId, int available, String status) {

        StockLevel toStockLevel() {
            return new StockLevel(StockStatus.fromValue(status), available);
        }
    }
}
