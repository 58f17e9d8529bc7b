package o11yshop.platform.web.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.core.annotation.AnnotatedMethod;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import o11yshop.platform.web.body.RequestBodyTooLargeException;
import o11yshop.platform.web.requestid.RequestIdFilter;
import o11yshop.platform.web.text.InvalidTextException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

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
                .map(violation -> parameterError(violatedName(violation), violation.getMessage()))
                .toList();
        return respond(invalidParameters(errors));
    }

    /** Tomcat could not decode a parameter (e.g. {@code q=%ZZ}): the request is unreadable, not a failure. */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ResponseEntity<Object> undecodableParameter(org.apache.tomcat.util.http.InvalidParameterException ex) {
        return respond(problem(ProblemType.MALFORMED_REQUEST, HttpStatus.BAD_REQUEST,
                "A parameter is not validly percent-encoded UTF-8."));
    }

    @ExceptionHandler(RequestBodyTooLargeException.class)
    ResponseEntity<Object> bodyTooLarge(RequestBodyTooLargeException ex) {
        log.info("Refused a body over the limit of {} bytes", ex.limit());
        return respond(problem(ProblemType.BODY_TOO_LARGE, HttpStatus.CONTENT_TOO_LARGE, BodyTooLarge.detail(ex.limit())));
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
        String message = "is not a valid value" + expected(ex.getRequiredType());
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

    /**
     * A body the service could not read into its request type. The answer names the field by its path in
     * the body ({@code lines[2].note}) and what is wrong with it in the caller's terms; the parser's own
     * message, which names Java types and classes, goes to the log line only.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causeOf(ex, RequestBodyTooLargeException.class) instanceof RequestBodyTooLargeException tooLarge) {
            return bodyTooLarge(tooLarge);
        }
        log.info("Unreadable request body: {}", ex.getMessage());
        JacksonException jackson = causeOf(ex, JacksonException.class) instanceof JacksonException found ? found : null;
        if (jackson == null) {
            return respond(problem(ProblemType.MALFORMED_REQUEST, HttpStatus.BAD_REQUEST, "The request body is missing or unreadable."));
        }
        String field = fieldPath(jackson);
        if (jackson instanceof InvalidTextException) {
            return respond(invalidParameters(List.of(parameterError(field, jackson.getOriginalMessage()))));
        }
        if (jackson instanceof InputCoercionException coercion && !field.isEmpty()) {
            String message = "is not " + (coercion.getTargetType() == null ? "a number in range" : typeName(coercion.getTargetType()));
            ProblemDetail problem = problem(ProblemType.MALFORMED_REQUEST, HttpStatus.BAD_REQUEST, field + ": " + message);
            problem.setProperty("errors", List.of(parameterError(field, message)));
            return respond(problem);
        }
        if (jackson instanceof DatabindException && !field.isEmpty()) {
            String message = switch (jackson) {
                case UnrecognizedPropertyException ignored -> "is not a field of this request";
                case MismatchedInputException mismatch when mismatch.getTargetType() != null -> "is not " + typeName(mismatch.getTargetType());
                default -> "is not valid here";
            };
            ProblemDetail problem = problem(ProblemType.MALFORMED_REQUEST, HttpStatus.BAD_REQUEST, field + ": " + message);
            problem.setProperty("errors", List.of(parameterError(field, message)));
            return respond(problem);
        }
        TokenStreamLocation where = jackson.getLocation();
        String position = where == null || where.getLineNr() < 0 ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
        return respond(problem(ProblemType.MALFORMED_REQUEST, HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON" + position + "."));
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex instanceof MissingRequestHeaderException missingHeader
                && HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(missingHeader.getHeaderName())) {
            // a body of no declared type is one the route cannot take, as with a type it does not take
            return respond(problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type is required: say what the body is."));
        }
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
        // Spring's own details speak of the request (its method, media type, parameter); anything else,
        // and every failure of the service itself, is told to the log, not to the caller
        String detail;
        if (statusCode.is5xxServerError()) {
            log.error("Failed to answer the request", ex);
            detail = "The service failed to answer; the request ID identifies it in the logs.";
        } else if (body instanceof ProblemDetail existing && existing.getDetail() != null) {
            detail = existing.getDetail();
        } else {
            log.info("Refused the request: {}", ex.toString());
            detail = "The request could not be handled as sent.";
        }
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
        return wireName(result.getMethodParameter());
    }

    /** A parameter as the caller sent it: {@code Idempotency-Key}, not the Java name {@code idempotencyKey}. */
    private static String wireName(MethodParameter parameter) {
        RequestHeader requestHeader = parameter.getParameterAnnotation(RequestHeader.class);
        if (requestHeader != null && !requestHeader.name().isEmpty()) {
            return requestHeader.name();
        }
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

    /**
     * What a violation on a controller's parameter is about, by the name the caller sent: the header or
     * parameter itself when the violation is on it or on one of its list elements
     * ({@code productIds}, not {@code <list element>}), else the violated field's last name.
     */
    private static String violatedName(ConstraintViolation<?> violation) {
        MethodParameter parameter = null;
        Path.MethodNode method = null;
        boolean beyondParameter = false;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD -> method = node.as(Path.MethodNode.class);
                case PARAMETER -> parameter = methodParameter(violation.getRootBeanClass(), method,
                        node.as(Path.ParameterNode.class).getParameterIndex());
                case CONTAINER_ELEMENT -> { }
                default -> beyondParameter = true;
            }
        }
        return parameter != null && !beyondParameter
                ? wireName(parameter)
                : lastNode(violation.getPropertyPath().toString());
    }

    private static MethodParameter methodParameter(Class<?> controller, Path.MethodNode node, int index) {
        if (controller == null || node == null) {
            return null;
        }
        Method method = ReflectionUtils.findMethod(ClassUtils.getUserClass(controller), node.getName(),
                node.getParameterTypes().toArray(Class<?>[]::new));
        // read as Spring MVC reads it: with the annotations declared on the generated interface
        return method == null || index >= method.getParameterCount() ? null : new AnnotatedMethod(method).getMethodParameters()[index];
    }

    /** {@code lines[2].note}, as Bean Validation names a field; empty for the body as a whole. */
    private static String fieldPath(JacksonException ex) {
        if (ex.getPath().isEmpty() && ex instanceof StreamReadException read && read.processor() instanceof JsonParser parser) {
            // the parser fails on a value (a number out of its type's range) before databind has
            // added the path: the parser still stands on that value
            return contextPath(parser.streamReadContext());
        }
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String contextPath(TokenStreamContext context) {
        List<TokenStreamContext> fromRoot = new ArrayList<>();
        for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            fromRoot.addFirst(at);
        }
        StringBuilder path = new StringBuilder();
        for (TokenStreamContext at : fromRoot) {
            if (at.inObject() && at.currentName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(at.currentName());
            } else if (at.inArray() && at.getCurrentIndex() >= 0) {
                path.append('[').append(at.getCurrentIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** What a JSON value has to be, in JSON's words rather than Java's. */
    private static String typeName(Class<?> type) {
        if (type == String.class || type.isEnum()) {
            return type.isEnum() ? "one of the allowed values" : "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return Long.class == type || Integer.class == type || type == long.class || type == int.class
                    ? "a whole number in range" : "a number";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "a date-time as in the contract";
        }
        if (java.util.UUID.class == type) {
            return "a UUID";
        }
        return "an object of the expected shape";
    }

    private static String expected(Class<?> type) {
        return type == null ? "" : ": expected " + typeName(type);
    }

    private static Throwable causeOf(Throwable ex, Class<? extends Throwable> wanted) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (wanted.isInstance(cause)) {
                return cause;
            }
        }
        return null;
    }

    private static String lastNode(String propertyPath) {
        return propertyPath.substring(propertyPath.lastIndexOf('.') + 1);
    }
}
