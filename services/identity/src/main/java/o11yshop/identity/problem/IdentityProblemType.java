package o11yshop.identity.problem;

import o11yshop.platform.web.problem.ServiceProblemType;
import org.springframework.http.HttpStatus;

/** The problems only identity answers with, beside the shared ones of platform-web and platform-security. */
public enum IdentityProblemType implements ServiceProblemType {
    EMAIL_ALREADY_REGISTERED("email-already-registered", "E-mail address already registered", HttpStatus.CONFLICT),
    INVALID_CREDENTIALS("invalid-credentials", "Invalid e-mail address or password", HttpStatus.UNAUTHORIZED),
    TOO_MANY_ATTEMPTS("too-many-attempts", "Too many failed log-ins", HttpStatus.TOO_MANY_REQUESTS),
    ADDRESS_LIMIT_REACHED("address-limit-reached", "Address limit reached", HttpStatus.CONFLICT);

    private final Definition definition;

    IdentityProblemType(String slug, String title, HttpStatus status) {
        this.definition = new Definition(slug, title, status);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
