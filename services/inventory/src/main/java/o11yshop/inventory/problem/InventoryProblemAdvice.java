package o11yshop.inventory.problem;

import o11yshop.platform.web.requestid.RequestIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers inventory's own problems as {@code application/problem+json} in the shape platform-web gives
 * every other error (bad parameters, bodies and headers are platform-web's). Ordered first so that these
 * win over platform-web's catch-all handler.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class InventoryProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(InventoryProblemAdvice.class);

    @ExceptionHandler(InventoryProblem.class)
    ResponseEntity<ProblemDetail> inventoryProblem(InventoryProblem ex) {
        InventoryProblemType type = ex.type();
        log.info("Refused: {} ({})", ex.getMessage(), type.uri());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), ex.getMessage());
        problem.setType(type.uri());
        problem.setTitle(type.title());
        ex.properties().forEach(problem::setProperty);
        return respond(problem);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        String requestId = RequestIdFilter.current();
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
