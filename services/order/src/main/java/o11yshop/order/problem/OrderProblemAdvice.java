package o11yshop.order.problem;

import java.util.List;
import java.util.Map;
import o11yshop.platform.web.problem.ProblemType;
import o11yshop.platform.web.requestid.RequestIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers the order service's own problems, request bodies that break the contract's bounds and a
 * missing required header as {@code application/problem+json} in the shape platform-web gives every
 * other error. Ordered first so that these win over platform-web's catch-all handler.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrderProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(OrderProblemAdvice.class);

    @ExceptionHandler(OrderProblem.class)
    ResponseEntity<ProblemDetail> orderProblem(OrderProblem ex) {
        OrderProblemType type = ex.type();
        log.info("Refused: {} ({})", ex.getMessage(), type.uri());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), ex.getMessage());
        problem.setType(type.uri());
        problem.setTitle(type.title());
        ex.properties().forEach(problem::setProperty);
        return respond(problem);
    }

    /**
     * A body that breaks the contract's bounds: one entry per offending field, named by its path in the
     * body ({@code shippingAddress.postalCode}), instead of the framework's message that names Java methods.
     */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException ex) {
        return respond(invalidParameters(ex.getBindingResult().getFieldErrors().stream()
                .map(OrderProblemAdvice::parameterError)
                .toList()));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException ex) {
        return respond(invalidParameters(List.of(Map.of("parameter", ex.getHeaderName(), "message", "is required"))));
    }

    static ProblemDetail invalidParameters(List<Map<String, String>> errors) {
        String detail = errors.stream().map(e -> e.get("parameter") + ": " + e.get("message"))
                .reduce((a, b) -> a + "; " + b)
                .orElse("The request is invalid.");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(ProblemType.INVALID_PARAMETER.uri());
        problem.setTitle(ProblemType.INVALID_PARAMETER.title());
        problem.setProperty("errors", errors);
        return problem;
    }

    private static Map<String, String> parameterError(FieldError error) {
        return Map.of("parameter", error.getField(),
                "message", error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage());
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        String requestId = RequestIdFilter.current();
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
