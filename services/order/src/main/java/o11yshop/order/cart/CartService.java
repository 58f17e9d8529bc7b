package o11yshop.order.cart;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import o11yshop.order.catalog.CatalogClient;
import o11yshop.order.catalog.CatalogProduct;
import o11yshop.order.problem.OrderProblemType;
import o11yshop.order.shopper.ShopperId;
import o11yshop.platform.observability.BusinessMetric;
import o11yshop.platform.observability.BusinessMetrics;
import o11yshop.platform.web.problem.ServiceProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Shoppers' carts (C-SHOP-01 / CUS-05, CUS-06). The catalog is asked before a transaction starts, so
 * that no database lock is held while waiting for another service; each change is then one transaction
 * under the cart's lock.
 */
@Service
public class CartService {

    /** Why a guest cart's item was not merged. */
    public enum SkipReason { PRODUCT_NOT_FOUND, CART_FULL }

    public record SkippedItem(long productId, SkipReason reason) {
    }

    public record MergeResult(ShoppingCart cart, List<SkippedItem> skipped) {
    }

    /** A product and a quantity, as the browser's guest cart holds them. */
    public record RequestedItem(long productId, int quantity) {
    }

    private final CartRepository repository;
    private final CatalogClient catalog;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final BusinessMetrics metrics;

    CartService(CartRepository repository, CatalogClient catalog, TransactionTemplate transactions, Clock clock,
            BusinessMetrics metrics) {
        this.repository = repository;
        this.catalog = catalog;
        this.transactions = transactions;
        this.clock = clock;
        this.metrics = metrics;
    }

    public ShoppingCart of(ShopperId shopper) {
        return repository.find(shopper);
    }

    /** Puts the product in the cart with this quantity, or sets the quantity of the line it already has. */
    public ShoppingCart setQuantity(ShopperId shopper, long productId, int quantity) {
        CatalogProduct product = catalog.product(productId).orElseThrow(() -> new ServiceProblem(
                OrderProblemType.PRODUCT_NOT_FOUND, "Product " + productId + " is not sold in the shop"));
        return transactions.execute(tx -> {
            Instant now = clock.instant();
            repository.lock(shopper, now);
            if (repository.line(shopper, productId).isPresent()) {
                repository.update(shopper, productId, product.name(), product.priceJpy(), quantity);
            } else {
                requireRoomForAnotherLine(shopper);
                repository.insert(shopper, new CartLine(productId, product.name(), product.priceJpy(), quantity, now));
                metrics.count(BusinessMetric.CART_ITEM_ADDED);
            }
            repository.touch(shopper, now);
            return repository.find(shopper);
        });
    }

    /** Takes the product out of the cart; a product that is not in it changes nothing. */
    public ShoppingCart remove(ShopperId shopper, long productId) {
        return transactions.execute(tx -> {
            Instant now = clock.instant();
            repository.lock(shopper, now);
            if (repository.delete(shopper, List.of(productId)) > 0) {
                repository.touch(shopper, now);
            }
            return repository.find(shopper);
        });
    }

    /**
     * Merges a guest cart at log-in: quantities add up (capped at 99), unknown products and products
     * beyond the 50-line limit are skipped and reported, everything else is merged.
     */
    public MergeResult merge(ShopperId shopper, List<RequestedItem> items) {
        Map<Long, Integer> requested = new LinkedHashMap<>();
        items.forEach(item -> requested.merge(item.productId(), item.quantity(), Integer::sum));
        Map<Long, Optional<CatalogProduct>> products = catalog.products(requested.keySet());
        return transactions.execute(tx -> {
            Instant now = clock.instant();
            repository.lock(shopper, now);
            List<SkippedItem> skipped = new ArrayList<>();
            int lines = repository.lineCount(shopper);
            for (Map.Entry<Long, Integer> item : requested.entrySet()) {
                long productId = item.getKey();
                Optional<CatalogProduct> product = products.get(productId);
                if (product.isEmpty()) {
                    skipped.add(new SkippedItem(productId, SkipReason.PRODUCT_NOT_FOUND));
                    continue;
                }
                Optional<CartLine> existing = repository.line(shopper, productId);
                if (existing.isPresent()) {
                    int merged = Math.min(ShoppingCart.MAX_QUANTITY, existing.get().quantity() + item.getValue());
                    repository.update(shopper, productId, product.get().name(), product.get().priceJpy(), merged);
                } else if (lines >= ShoppingCart.MAX_LINES) {
                    skipped.add(new SkippedItem(productId, SkipReason.CART_FULL));
                } else {
                    int quantity = Math.min(ShoppingCart.MAX_QUANTITY, item.getValue());
                    repository.insert(shopper, new CartLine(productId, product.get().name(), product.get().priceJpy(),
                            quantity, now));
                    lines++;
                }
            }
            repository.touch(shopper, now);
            return new MergeResult(repository.find(shopper), skipped);
        });
    }

    /** Sets the prices the catalog has now on the shopper's lines of these products (checkout found them changed). */
    public void reprice(ShopperId shopper, Collection<CatalogProduct> currentProducts) {
        transactions.executeWithoutResult(tx -> {
            Instant now = clock.instant();
            repository.lock(shopper, now);
            for (CatalogProduct product : currentProducts) {
                repository.line(shopper, product.id()).ifPresent(line ->
                        repository.update(shopper, product.id(), product.name(), product.priceJpy(), line.quantity()));
            }
            repository.touch(shopper, now);
        });
    }

    /**
     * Holds the shopper's cart until the caller's transaction ends: checkout claims its attempt under
     * this lock, so that two checkouts of one cart cannot start together.
     */
    public void hold(ShopperId shopper) {
        transactions.executeWithoutResult(tx -> repository.lock(shopper, clock.instant()));
    }

    /** Takes products out of the cart (checkout found that the catalog no longer sells them). */
    public void removeAll(ShopperId shopper, Collection<Long> productIds) {
        transactions.executeWithoutResult(tx -> {
            Instant now = clock.instant();
            repository.lock(shopper, now);
            repository.delete(shopper, productIds);
            repository.touch(shopper, now);
        });
    }

    private void requireRoomForAnotherLine(ShopperId shopper) {
        if (repository.lineCount(shopper) >= ShoppingCart.MAX_LINES) {
            throw new ServiceProblem(OrderProblemType.CART_FULL, "A cart holds at most " + ShoppingCart.MAX_LINES
                    + " different products; remove one before adding another");
        }
    }
}
