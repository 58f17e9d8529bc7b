package o11yshop.identity.provider;

import o11yshop.identity.problem.IdentityProblemType;
import o11yshop.platform.web.problem.ServiceProblem;

public class EmailAlreadyRegisteredException extends ServiceProblem {

    public EmailAlreadyRegisteredException() {
        super(IdentityProblemType.EMAIL_ALREADY_REGISTERED, "An account with this e-mail address exists; log in instead.");
    }

}
