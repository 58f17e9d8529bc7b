package o11yshop.platform.web.problem;

import java.util.Map;
import org.springframework.http.HttpHeaders;

/**
 * A request a service understood but cannot carry out as asked, for a reason the caller can act on.
 * Thrown before or inside the transaction that found it, so that nothing the request wrote stays;
 * {@link ProblemDetailsAdvice} answers it as {@code application/problem+json} with the type's status.
 */
public class ServiceProblem extends RuntimeException {

    private final ServiceProblemType type;
    private final Map<String, Object> properties;

    public ServiceProblem(ServiceProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    /** With members beyond type, title, status and detail, for clients to act on (see the service's contract). */
    public ServiceProblem(ServiceProblemType type, String detail, Map<String, Object> properties) {
        super(detail);
        this.type = type;
        this.properties = Map.copyOf(properties);
    }

    public ServiceProblemType type() {
        return type;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    /** Headers the answer needs beside the body, such as {@code Retry-After}. */
    public HttpHeaders headers() {
        return HttpHeaders.EMPTY;
    }
}
