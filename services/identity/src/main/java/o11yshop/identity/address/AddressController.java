package o11yshop.identity.address;

import java.util.UUID;
import o11yshop.identity.api.AddressesApi;
import o11yshop.identity.api.model.Address;
import o11yshop.identity.api.model.AddressInput;
import o11yshop.identity.api.model.AddressList;
import o11yshop.platform.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The signed-in user's addresses; the owner is always the token's user. */
@RestController
class AddressController implements AddressesApi {

    private final AddressService addressBook;
    private final CurrentUser currentUser;

    AddressController(AddressService addressBook, CurrentUser currentUser) {
        this.addressBook = addressBook;
        this.currentUser = currentUser;
    }

    @Override
    public ResponseEntity<AddressList> listAddresses() {
        return ResponseEntity.ok(new AddressList(
                addressBook.list(currentUser.id()).stream().map(AddressController::toApi).toList()));
    }

    @Override
    public ResponseEntity<Address> createAddress(AddressInput input) {
        ShippingAddress added = addressBook.add(currentUser.id(), ShippingAddress.of(UUID.randomUUID(), input));
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{addressId}")
                .buildAndExpand(added.id()).toUri();
        return ResponseEntity.created(location).body(toApi(added));
    }

    @Override
    public ResponseEntity<Address> getAddress(UUID addressId) {
        return ResponseEntity.ok(toApi(addressBook.get(currentUser.id(), addressId)));
    }

    @Override
    public ResponseEntity<Address> replaceAddress(UUID addressId, AddressInput input) {
        return ResponseEntity.ok(toApi(addressBook.replace(currentUser.id(), ShippingAddress.of(addressId, input))));
    }

    @Override
    public ResponseEntity<Void> deleteAddress(UUID addressId) {
        addressBook.delete(currentUser.id(), addressId);
        return ResponseEntity.noContent().build();
    }

    private static Address toApi(ShippingAddress address) {
        return new Address(address.id(), address.name(), address.postalCode(), address.prefecture(), address.city(),
                address.line1(), address.phone())
                .line2(address.line2());
    }
}
