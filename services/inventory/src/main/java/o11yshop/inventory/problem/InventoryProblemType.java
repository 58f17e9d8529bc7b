package o11yshop.inventory.problem;

import o11yshop.platform.web.problem.ServiceProblemType;
import org.springframework.http.HttpStatus;

/**
 * The problems only inventory answers with, beside the shared ones of platform-web. Clients match on
 * the {@code type} URI: the order service tells a shopper what is short from {@code insufficient-stock}.
 */
public enum InventoryProblemType implements ServiceProblemType {
    INSUFFICIENT_STOCK("insufficient-stock", "Insufficient stock", HttpStatus.CONFLICT),
    STOCK_BELOW_ZERO("stock-below-zero", "Stock would go below zero", HttpStatus.CONFLICT),
    EMAIL_UNKNOWN("email-unknown", "No e-mail address in the access token", HttpStatus.FORBIDDEN),
    STOCK_LIMIT_EXCEEDED("stock-limit-exceeded", "Stock limit exceeded", HttpStatus.CONFLICT),
    RESERVATION_CLOSED("reservation-closed", "Reservation already closed", HttpStatus.CONFLICT),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Idempotency key reused with a different request",
            HttpStatus.UNPROCESSABLE_CONTENT),
    PRODUCT_IN_STOCK("product-in-stock", "Product is in stock", HttpStatus.CONFLICT);

    private final Definition definition;

    InventoryProblemType(String slug, String title, HttpStatus status) {
        this.definition = new Definition(slug, title, status);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
