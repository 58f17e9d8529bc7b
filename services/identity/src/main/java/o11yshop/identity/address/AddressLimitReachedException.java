package o11yshop.identity.address;

import o11yshop.identity.problem.IdentityProblem;
import o11yshop.identity.problem.IdentityProblemType;

class AddressLimitReachedException extends IdentityProblem {

    AddressLimitReachedException(int limit) {
        super("An account keeps at most " + limit + " addresses; delete one to add another.");
    }

    @Override
    public IdentityProblemType type() {
        return IdentityProblemType.ADDRESS_LIMIT_REACHED;
    }
}
