package o11yshop.identity.problem;

import org.springframework.http.HttpHeaders;

/**
 * A request identity understood but cannot carry out, for a reason the caller can act on. Thrown inside
 * the transaction that found it, so that nothing the request wrote is kept.
 */
public abstract class IdentityProblem extends RuntimeException {

    protected IdentityProblem(String detail) {
        super(detail);
    }

    public abstract IdentityProblemType type();

    /** Headers the answer needs beside the body, such as {@code Retry-After}. */
    public HttpHeaders headers() {
        return HttpHeaders.EMPTY;
    }
}
