package o11yshop.identity.address;

import static o11yshop.identity.db.Tables.SHIPPING_ADDRESS;
import static o11yshop.identity.db.Tables.USER_ACCOUNT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import o11yshop.identity.UtcTime;
import o11yshop.identity.api.model.Prefecture;
import o11yshop.identity.db.tables.records.ShippingAddressRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Every query names the owner: an address ID of another user finds nothing, exactly like an unknown one. */
@Repository
class AddressRepository {

    private final DSLContext dsl;

    AddressRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<ShippingAddress> findAll(UUID userId) {
        return dsl.selectFrom(SHIPPING_ADDRESS)
                .where(SHIPPING_ADDRESS.USER_ID.eq(userId))
                .orderBy(SHIPPING_ADDRESS.POSITION)
                .fetch(AddressRepository::toAddress);
    }

    Optional<ShippingAddress> find(UUID userId, UUID addressId) {
        return dsl.selectFrom(SHIPPING_ADDRESS)
                .where(SHIPPING_ADDRESS.ID.eq(addressId), SHIPPING_ADDRESS.USER_ID.eq(userId))
                .fetchOptional(AddressRepository::toAddress);
    }

    /**
     * Locks the owner's account row until the transaction ends, so that two concurrent additions cannot
     * both see room for one more address. False when there is no such account.
     */
    boolean lockOwner(UUID userId) {
        return dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT).where(USER_ACCOUNT.ID.eq(userId)).forUpdate()
                .fetchOptional().isPresent();
    }

    int count(UUID userId) {
        return dsl.fetchCount(SHIPPING_ADDRESS, SHIPPING_ADDRESS.USER_ID.eq(userId));
    }

    void insert(UUID userId, ShippingAddress address, Instant now) {
        ShippingAddressRecord row = dsl.newRecord(SHIPPING_ADDRESS);
        row.setId(address.id());
        row.setUserId(userId);
        fill(row, address, now);
        row.setCreatedAt(UtcTime.toColumn(now));
        row.insert();
    }

    boolean update(UUID userId, ShippingAddress address, Instant now) {
        ShippingAddressRecord changes = dsl.newRecord(SHIPPING_ADDRESS);
        fill(changes, address, now);
        return dsl.update(SHIPPING_ADDRESS)
                .set(changes)
                .where(SHIPPING_ADDRESS.ID.eq(address.id()), SHIPPING_ADDRESS.USER_ID.eq(userId))
                .execute() == 1;
    }

    boolean delete(UUID userId, UUID addressId) {
        return dsl.deleteFrom(SHIPPING_ADDRESS)
                .where(SHIPPING_ADDRESS.ID.eq(addressId), SHIPPING_ADDRESS.USER_ID.eq(userId))
                .execute() == 1;
    }

    private static void fill(ShippingAddressRecord row, ShippingAddress address, Instant now) {
        row.setName(address.name());
        row.setPostalCode(address.postalCode());
        row.setPrefecture(address.prefecture().getValue());
        row.setCity(address.city());
        row.setLine1(address.line1());
        row.setLine2(address.line2());
        row.setPhone(address.phone());
        row.setUpdatedAt(UtcTime.toColumn(now));
    }

    private static ShippingAddress toAddress(ShippingAddressRecord row) {
        return new ShippingAddress(row.getId(), row.getName(), row.getPostalCode(),
                Prefecture.fromValue(row.getPrefecture()), row.getCity(), row.getLine1(), row.getLine2(), row.getPhone());
    }
}
