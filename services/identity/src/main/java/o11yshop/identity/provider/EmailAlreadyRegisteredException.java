package o11yshop.identity.provider;

import o11yshop.identity.problem.IdentityProblem;
import o11yshop.identity.problem.IdentityProblemType;

public class EmailAlreadyRegisteredException extends IdentityProblem {

    public EmailAlreadyRegisteredException() {
        super("An account with this e-mail address exists; log in instead.");
    }

    @Override
    public IdentityProblemType type() {
        return IdentityProblemType.EMAIL_ALREADY_REGISTERED;
    }
}
