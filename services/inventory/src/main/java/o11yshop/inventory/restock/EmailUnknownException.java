package o11yshop.inventory.restock;

import o11yshop.inventory.problem.InventoryProblemType;
import o11yshop.platform.web.problem.ServiceProblem;

/**
 * The caller's access token names no e-mail address: a service's token, or a Cognito user pool whose
 * pre-token-generation trigger does not add the {@code email} claim. A sign-up goes to the token's own
 * address or nowhere; it is never taken from the request.
 */
class EmailUnknownException extends ServiceProblem {

    EmailUnknownException() {
        super(InventoryProblemType.EMAIL_UNKNOWN, "Restock notices go to the signed-in shopper's e-mail address, "
                + "and this access token carries none: sign in as a shopper and try again");
    }
}
