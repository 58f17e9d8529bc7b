package o11yshop.identity.provider;

import o11yshop.identity.problem.IdentityProblemType;
import o11yshop.platform.web.problem.ServiceProblem;
import org.springframework.http.HttpHeaders;

/**
 * The e-mail address and password do not match an account. One message for an unknown address and a
 * wrong password alike, so that log-in cannot be used to find out who has an account.
 */
public class InvalidCredentialsException extends ServiceProblem {

    public InvalidCredentialsException() {
        super(IdentityProblemType.INVALID_CREDENTIALS, "The e-mail address or the password is not correct.");
    }

    /** A 401 names the scheme that would work (RFC 9110): a bearer token, which log-in hands out. */
    @Override
    public HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return headers;
    }
}
