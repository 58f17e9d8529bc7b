package o11yshop.identity.address;

import java.util.UUID;
import o11yshop.identity.api.model.AddressInput;
import o11yshop.identity.api.model.Prefecture;

/**
 * A Japanese shipping address. The postal code is kept as {@code 123-4567} however it was typed, text is
 * kept without surrounding blanks, and an empty second line is no second line.
 */
public record ShippingAddress(UUID id, String name, String postalCode, Prefecture prefecture, String city,
                              String line1, String line2, String phone) {

    /** From a request whose bounds the API contract has already checked. */
    static ShippingAddress of(UUID id, AddressInput input) {
        String line2 = input.getLine2() == null || input.getLine2().isBlank() ? null : input.getLine2().strip();
        return new ShippingAddress(id, input.getName().strip(), hyphenated(input.getPostalCode()),
                input.getPrefecture(), input.getCity().strip(), input.getLine1().strip(), line2, input.getPhone());
    }

    static String hyphenated(String postalCode) {
        String digits = postalCode.replace("-", "");
        return digits.substring(0, 3) + "-" + digits.substring(3);
    }
}
