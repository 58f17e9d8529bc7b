package o11yshop.inventory.reservation;

import o11yshop.inventory.problem.InventoryProblemType;
import o11yshop.platform.web.problem.ServiceProblem;

class IdempotencyKeyReusedException extends ServiceProblem {

    IdempotencyKeyReusedException(String idempotencyKey) {
        super(InventoryProblemType.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key '" + idempotencyKey + "' was already used for a different reservation request; "
                + "use a new key for a new request");
    }

}
