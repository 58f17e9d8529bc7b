package o11yshop.catalog.stock;

import java.time.Duration;
import o11yshop.platform.web.client.HttpServiceEndpoint;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where inventory answers and how long catalog waits for it. The read timeout is short on purpose:
 * a product page without stock is better than a product page that hangs (stock shows as unknown).
 */
@ConfigurationProperties("shop.inventory")
public record InventoryProperties(String baseUrl, Duration connectTimeout, Duration readTimeout)
        implements HttpServiceEndpoint {
}
