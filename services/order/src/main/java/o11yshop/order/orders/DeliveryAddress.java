package o11yshop.order.orders;

import org.jspecify.annotations.Nullable;

/** Where an order goes, with the fields of an identity address; the postal code as {@code 100-0001}. */
public record DeliveryAddress(String name, String postalCode, String prefecture, String city, String line1,
        @Nullable String line2, String phone) {

    public DeliveryAddress {
        postalCode = postalCode.contains("-") ? postalCode : postalCode.substring(0, 3) + "-" + postalCode.substring(3);
        line2 = line2 == null || line2.isEmpty() ? null : line2;
    }
}
