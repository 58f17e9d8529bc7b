package o11yshop.order.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import o11yshop.order.catalog.client.ProductsApi;
import o11yshop.order.catalog.client.model.ProductDetail;
import o11yshop.order.problem.OrderProblemType;
import o11yshop.platform.web.client.ServiceClients;
import o11yshop.platform.web.problem.ServiceProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;

/**
 * Asks the catalog for a product's current name and price over HTTP, with the client generated from
 * api/catalog.yaml. Unlike the catalog's own stock lookups there is no fallback: a price nobody confirmed
 * is not one to sell at, so a catalog that does not answer makes the request fail with
 * {@code dependency-unavailable}.
 */
@Component
public class CatalogClient {

    private static final Logger log = LoggerFactory.getLogger(CatalogClient.class);

    private final ProductsApi products;

    CatalogClient(CatalogProperties properties, ServiceClients clients) {
        this.products = ServiceClients.typed(clients.to(properties).build(), ProductsApi.class);
    }

    /** The product as sold now; empty when the catalog does not know it or has deleted it. */
    public Optional<CatalogProduct> product(long productId) {
        try {
            ProductDetail detail = products.getProduct(productId);
            if (detail == null || detail.getPrice() == null) {
                throw new IllegalArgumentException("an empty answer");
            }
            return Optional.of(new CatalogProduct(detail.getId(), detail.getName(), detail.getPrice().getAmount()));
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                return Optional.empty();
            }
            throw unavailable(productId, e);
        } catch (RestClientException | IllegalArgumentException e) {
            throw unavailable(productId, e);
        }
    }

    /** Each product as sold now, in the order asked; an absent value for a product the catalog does not sell. */
    public Map<Long, Optional<CatalogProduct>> products(Collection<Long> productIds) {
        Map<Long, Optional<CatalogProduct>> products = new LinkedHashMap<>();
        productIds.forEach(id -> products.computeIfAbsent(id, this::product));
        return products;
    }

    private static ServiceProblem unavailable(long productId, Exception e) {
        log.warn("The catalog did not answer for product {}: {}", productId, e.getMessage());
        return new ServiceProblem(OrderProblemType.DEPENDENCY_UNAVAILABLE,
                "The catalog did not answer; please try again in a moment.");
    }
}
