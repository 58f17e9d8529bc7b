package o11yshop.platform.web.problem;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import o11yshop.platform.web.requestid.RequestIdFilter;

/**
 * Turns every error into {@code application/problem+json} (RFC 9457) with a stable {@code type}, the
 * request ID, and for bad parameters the list of what was wrong with each. Bad input is the caller's
 * mistake: it is answered with a 4xx and logged at INFO, never as an error of the service.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ServiceProblem.class)
    ResponseEntity<Object> serviceProblem(ServiceProblem ex) {
        ServiceProblemType type = ex.type();
        log.info("Refused: {} ({})", ex.getMessage(), type.uri());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), ex.getMessage());
        problem.setType(type.uri());
        problem.setTitle(type.title());
        ex.properties().forEach(problem::setProperty);
        return ResponseEntity.status(problem.getStatus()).headers(ex.headers()).body(withRequestId(problem));
    }

    @ExceptionHandler(ResourceNotFoundException.class)
    ResponseEntity<Object> notFound(ResourceNotFoundException ex) {
        return respond(problem(ProblemType.NOT_FOUND, HttpStatus.NOT_FOUND, ex.getMessage()));
    }

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> invalidParameter(InvalidParameterException ex) {
        ProblemDetail problem = problem(ProblemType.INVALID_PARAMETER, HttpStatus.BAD_REQUEST, ex.getMessage());
        problem.setProperty("errors", List.of(parameterError(ex.parameter(), ex.getMessage())));
        return respond(problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
        List<Map<String, String>> errors = ex.getConstraintViolations().stream()
                .map(violation -> parameterError(lastNode(violation.getPropertyPath().toString()), violation.getMessage()))
                .toList();
        return respond(invalidParameters(errors));
    }

    /** Tomcat could not decode a parameter (e.g. {@code q=%ZZ}): the request is unreadable, not a failure. */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ResponseEntity<Object> undecodableParameter(org.apache.tomcat.util.http.InvalidParameterException ex) {
        return respond(problem(ProblemType.MALFORMED_REQUEST, HttpStatus.BAD_REQUEST,
                "A parameter is not validly percent-encoded UTF-8."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        log.error("Unhandled error while serving the request", ex);
        return respond(problem(ProblemType.INTERNAL_ERROR, HttpStatus.INTERNAL_SERVER_ERROR,
                "The service failed to answer; the request ID identifies it in the logs."));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> parameterError(parameterName(result), error.getDefaultMessage())))
                .toList();
        return respond(invalidParameters(errors));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String parameter = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : ex.getPropertyName();
        String message = "'" + ex.getValue() + "' is not a valid value";
        return respond(invalidParameters(List.of(parameterError(parameter, message))));
    }

    /**
     * A body that breaks the contract's bounds: one entry per offending field, named by its path in the
     * body ({@code lines[2].quantity}) and the rule it broke — never the value sent, which may be a password.
     */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(invalidParameters(ex.getBindingResult().getFieldErrors().stream()
                .map(error -> parameterError(error.getField(), error.getDefaultMessage()))
                .toList()));
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex instanceof MissingRequestHeaderException missingHeader) {
            return respond(invalidParameters(List.of(parameterError(missingHeader.getHeaderName(), "is required"))));
        }
        return super.handleServletRequestBindingException(ex, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(invalidParameters(List.of(parameterError(ex.getParameterName(), "is required"))));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ProblemType type = switch (ex) {
            case NoResourceFoundException ignored -> ProblemType.ROUTE_NOT_FOUND;
            case HttpRequestMethodNotSupportedException ignored -> ProblemType.METHOD_NOT_ALLOWED;
            case HttpMediaTypeNotAcceptableException ignored -> ProblemType.NOT_ACCEPTABLE;
            case HttpMediaTypeNotSupportedException ignored -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> statusCode.is5xxServerError() ? ProblemType.INTERNAL_ERROR : ProblemType.MALFORMED_REQUEST;
        };
        String detail = body instanceof ProblemDetail existing ? existing.getDetail() : ex.getMessage();
        ProblemDetail problem = problem(type, HttpStatus.valueOf(statusCode.value()), detail);
        return ResponseEntity.status(statusCode).headers(headers).body(withRequestId(problem));
    }

    private static ProblemDetail invalidParameters(List<Map<String, String>> errors) {
        String detail = errors.stream().map(e -> e.get("parameter") + ": " + e.get("message")).reduce((a, b) -> a + "; " + b)
                .orElse("A parameter is invalid.");
        ProblemDetail problem = problem(ProblemType.INVALID_PARAMETER, HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    private static ProblemDetail problem(ProblemType type, HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return problem;
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(withRequestId(problem));
    }

    private static ProblemDetail withRequestId(ProblemDetail problem) {
        String requestId = RequestIdFilter.current();
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return problem;
    }

    private static Map<String, String> parameterError(String parameter, String message) {
        return Map.of("parameter", parameter, "message", message == null ? "is invalid" : message);
    }

    private static String parameterName(ParameterValidationResult result) {
        MethodParameter parameter = result.getMethodParameter();
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        if (requestParam != null && !requestParam.name().isEmpty()) {
            return requestParam.name();
        }
        PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
        if (pathVariable != null && !pathVariable.name().isEmpty()) {
            return pathVariable.name();
        }
        return String.valueOf(parameter.getParameterName());
    }

    private static String lastNode(String propertyPath) {
        return propertyPath.substring(propertyPath.lastIndexOf('.') + 1);
    }
}
