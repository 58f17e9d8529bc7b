package o11yshop.order.problem;

import o11yshop.platform.web.problem.ServiceProblemType;
import org.springframework.http.HttpStatus;

/**
 * The problems only the order service answers with, beside the shared ones of platform-web. Clients
 * match on the {@code type} URI: the checkout page shows new prices for {@code price-changed} and what
 * is short for {@code insufficient-stock}.
 */
public enum OrderProblemType implements ServiceProblemType {
    PRODUCT_NOT_FOUND("product-not-found", "Product not found", HttpStatus.NOT_FOUND),
    CART_FULL("cart-full", "The cart is full", HttpStatus.CONFLICT),
    CART_EMPTY("cart-empty", "The cart is empty", HttpStatus.CONFLICT),
    PRICE_CHANGED("price-changed", "Prices changed", HttpStatus.CONFLICT),
    PRODUCTS_UNAVAILABLE("products-unavailable", "Products no longer sold", HttpStatus.CONFLICT),
    INSUFFICIENT_STOCK("insufficient-stock", "Insufficient stock", HttpStatus.CONFLICT),
    PAYMENT_DECLINED("payment-declined", "Payment declined", HttpStatus.PAYMENT_REQUIRED),
    CHECKOUT_IN_PROGRESS("checkout-in-progress", "CheckoutService in progress", HttpStatus.CONFLICT),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Idempotency key reused with a different request",
            HttpStatus.UNPROCESSABLE_CONTENT),
    DEPENDENCY_UNAVAILABLE("dependency-unavailable", "A service the order service needs did not answer",
            HttpStatus.SERVICE_UNAVAILABLE);

    private final Definition definition;

    OrderProblemType(String slug, String title, HttpStatus status) {
        this.definition = new Definition(slug, title, status);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
