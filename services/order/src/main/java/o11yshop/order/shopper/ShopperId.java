package o11yshop.order.shopper;

/** A shopper as the order service stores them: the access token's {@code sub}. */
public record ShopperId(String value) {
}
