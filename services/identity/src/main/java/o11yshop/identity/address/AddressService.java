package o11yshop.identity.address;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import o11yshop.identity.UtcTime;
import o11yshop.platform.web.problem.ResourceNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's shipping addresses. Another user's address is "not found", never "forbidden": its existence is not revealed. */
@Service
public class AddressService {

    /** Enough for any shopper; a bound, so that one account cannot fill the table. */
    static final int MAX_ADDRESSES = 20;

    private final AddressRepository repository;
    private final Clock clock;

    AddressService(AddressRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ShippingAddress> list(UUID userId) {
        return repository.findAll(userId);
    }

    @Transactional(readOnly = true)
    public ShippingAddress get(UUID userId, UUID addressId) {
        return repository.find(userId, addressId).orElseThrow(() -> notFound(addressId));
    }

    @Transactional
    public ShippingAddress add(UUID userId, ShippingAddress address) {
        if (!repository.lockOwner(userId)) {
            throw new ResourceNotFoundException("account", userId);
        }
        if (repository.count(userId) >= MAX_ADDRESSES) {
            throw new AddressLimitReachedException(MAX_ADDRESSES);
        }
        repository.insert(userId, address, UtcTime.now(clock));
        return address;
    }

    @Transactional
    public ShippingAddress replace(UUID userId, ShippingAddress address) {
        if (!repository.update(userId, address, UtcTime.now(clock))) {
            throw notFound(address.id());
        }
        return address;
    }

    @Transactional
    public void delete(UUID userId, UUID addressId) {
        if (!repository.delete(userId, addressId)) {
            throw notFound(addressId);
        }
    }

    private static ResourceNotFoundException notFound(UUID addressId) {
        return new ResourceNotFoundException("address", addressId);
    }
}
