package o11yshop.platform.web.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import o11yshop.platform.web.body.RequestBodyLimitFilter;
import o11yshop.platform.web.requestid.RequestIdFilter;

/**
 * Answers the errors that never reach a controller — a request the servlet container itself rejects
 * (a malformed URL encoding, an oversized header) or a failure inside a filter — with the same
 * {@code application/problem+json} as every other error, instead of the container's default body.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        ProblemType type = status.is5xxServerError() ? ProblemType.INTERNAL_ERROR
                : status == HttpStatus.NOT_FOUND ? ProblemType.ROUTE_NOT_FOUND
                : status == HttpStatus.CONTENT_TOO_LARGE ? ProblemType.BODY_TOO_LARGE
                : ProblemType.MALFORMED_REQUEST;
        String detail = status == HttpStatus.CONTENT_TOO_LARGE
                ? BodyTooLarge.detail(request.getAttribute(RequestBodyLimitFilter.LIMIT_ATTRIBUTE))
                : detailOf(status);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        Object requestId = request.getAttribute(RequestIdFilter.MDC_KEY);
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String detailOf(HttpStatus status) {
        return status.is5xxServerError()
                ? "The service failed to answer; the request ID identifies it in the logs."
                : "The request could not be read: " + status.getReasonPhrase() + ".";
    }
}
