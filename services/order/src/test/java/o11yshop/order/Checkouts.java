package o11yshop.order;

/** CheckoutService request bodies as the checkout page sends them. */
public final class Checkouts {

    public static final String ADDRESS = """
            {"name":"山田 太郎","postalCode":"1000001","prefecture":"東京都","city":"千代田区","line1":"千代田1-1","line2":"","phone":"03-1234-5678"}""";

    private Checkouts() {
    }

    public static String paidWithCard(String cardLast4) {
        return "{\"shippingAddress\":" + ADDRESS + ",\"payment\":{\"method\":\"card\",\"cardLast4\":\"" + cardLast4 + "\"}}";
    }

    public static String approved() {
        return paidWithCard("4242");
    }

    /** The mock payment provider's test card that is always declined. */
    public static String declined() {
        return paidWithCard("0002");
    }
}
