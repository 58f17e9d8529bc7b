package o11yshop.identity.session;

import java.time.Duration;
import o11yshop.identity.problem.IdentityProblemType;
import o11yshop.platform.web.problem.ServiceProblem;
import org.springframework.http.HttpHeaders;

class TooManyAttemptsException extends ServiceProblem {

    private final long retryAfterSeconds;

    TooManyAttemptsException(Duration retryAfter) {
        this(Math.max(1, (retryAfter.toMillis() + 999) / 1000));
    }

    private TooManyAttemptsException(long retryAfterSeconds) {
        super(IdentityProblemType.TOO_MANY_ATTEMPTS, "Too many failed log-ins; try again in " + retryAfterSeconds + " s.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        return headers;
    }
}
