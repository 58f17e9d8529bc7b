package o11yshop.inventory.restock;

import java.time.Clock;
import java.util.Locale;
import o11yshop.inventory.audit.Actor;
import o11yshop.inventory.stock.ProductStock;
import o11yshop.inventory.stock.StockService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Sign-ups for restock notices; sending them comes with the notification function. */
@Service
class RestockSubscriptionService {

    private final RestockSubscriptionRepository repository;
    private final StockService stock;
    private final Clock clock;

    RestockSubscriptionService(RestockSubscriptionRepository repository, StockService stock, Clock clock) {
        this.repository = repository;
        this.stock = stock;
        this.clock = clock;
    }

    /** A sign-up, and whether this call made it (or the email had signed up for the product before). */
    record Outcome(RestockSignUp signUp, boolean created) {
    }

    /**
     * Not one transaction on purpose: a sign-up racing a delivery of the product is harmless (the
     * shopper hears about stock that is already there), and the unique constraint alone keeps one
     * sign-up per email and product.
     */
    Outcome subscribe(long productId, String email, Actor subscriber) {
        // addresses differ in case only in theory; one sign-up per mailbox
        String mailbox = email.trim().toLowerCase(Locale.ROOT);
        ProductStock current = stock.stockOf(productId);
        if (!current.soldOut()) {
            throw new ProductInStockException(productId, current.available());
        }
        return repository.find(productId, mailbox)
                .map(existing -> new Outcome(existing, false))
                .orElseGet(() -> insertOrFindConcurrent(productId, mailbox, subscriber));
    }

    private Outcome insertOrFindConcurrent(long productId, String mailbox, Actor subscriber) {
        try {
            return new Outcome(repository.insert(productId, mailbox, subscriber, clock.instant()), true);
        } catch (DuplicateKeyException e) {
            return new Outcome(repository.find(productId, mailbox).orElseThrow(() -> e), false);
        }
    }
}
