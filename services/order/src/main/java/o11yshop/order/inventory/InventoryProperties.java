package o11yshop.order.inventory;

import java.time.Duration;
import o11yshop.platform.web.client.HttpServiceEndpoint;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where inventory answers and how long checkout waits for it. */
@ConfigurationProperties("shop.inventory")
public record InventoryProperties(String baseUrl, Duration connectTimeout, Duration readTimeout)
        implements HttpServiceEndpoint {
}
