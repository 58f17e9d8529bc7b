package o11yshop.identity.problem;

import o11yshop.platform.web.requestid.RequestIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers identity's own problems as {@code application/problem+json} in the shape platform-web gives
 * every other error (bad parameters, bodies and headers are platform-web's). Ordered first so that these
 * win over platform-web's catch-all handler.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdentityProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(IdentityProblemAdvice.class);

    @ExceptionHandler(IdentityProblem.class)
    ResponseEntity<ProblemDetail> identityProblem(IdentityProblem ex) {
        IdentityProblemType type = ex.type();
        log.info("Refused: {} ({})", ex.getMessage(), type.uri());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), ex.getMessage());
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return respond(problem, ex.headers());
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpHeaders headers) {
        String requestId = RequestIdFilter.current();
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return ResponseEntity.status(problem.getStatus()).headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
