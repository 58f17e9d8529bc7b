package o11yshop.identity.address;

import o11yshop.identity.problem.IdentityProblemType;
import o11yshop.platform.web.problem.ServiceProblem;

class AddressLimitReachedException extends ServiceProblem {

    AddressLimitReachedException(int limit) {
        super(IdentityProblemType.ADDRESS_LIMIT_REACHED, "An account keeps at most " + limit + " addresses; delete one to add another.");
    }

}
