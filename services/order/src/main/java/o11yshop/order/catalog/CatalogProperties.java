package o11yshop.order.catalog;

import java.time.Duration;
import o11yshop.platform.web.client.HttpServiceEndpoint;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the catalog answers and how long the order service waits for it. */
@ConfigurationProperties("shop.catalog")
public record CatalogProperties(String baseUrl, Duration connectTimeout, Duration readTimeout)
        implements HttpServiceEndpoint {
}
