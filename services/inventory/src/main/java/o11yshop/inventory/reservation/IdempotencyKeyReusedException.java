package o11yshop.inventory.reservation;

import o11yshop.inventory.problem.InventoryProblem;
import o11yshop.inventory.problem.InventoryProblemType;

class IdempotencyKeyReusedException extends InventoryProblem {

    IdempotencyKeyReusedException(String idempotencyKey) {
        super("Idempotency-Key '" + idempotencyKey + "' was already used for a different reservation request; "
                + "use a new key for a new request");
    }

    @Override
    public InventoryProblemType type() {
        return InventoryProblemType.IDEMPOTENCY_KEY_REUSED;
    }
}
