package o11yshop.launcher.edge;

import com.sun.net.httpserver.Headers;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * The edge's answer to a request its Tomcat refused before the edge's servlet saw it (an unparseable request
 * line, a character no URL may hold, an encoded {@code /} or a {@code ..} above the root, a bad header, TRACE):
 * a problem document with the edge's headers, instead of Tomcat's HTML page, as the services' ProblemReportValve
 * does for theirs. Tomcat's reason goes to the console, under a request ID that the answer names too.
 */
final class EdgeErrorReportValve extends ErrorReportValve {

    private final SecurityHeaders securityHeaders;
    private final EdgeLog log;

    EdgeErrorReportValve(SecurityHeaders securityHeaders, EdgeLog log) {
        this.securityHeaders = securityHeaders;
        this.log = log;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String requestId = UUID.randomUUID().toString();
        String reason = throwable != null ? throwable.toString() : response.getMessage() == null ? "no reason given" : response.getMessage();
        // Tomcat's reason quotes the request line as sent, terminal escapes and all
        log.log(requestId, "Tomcat refused a request with " + status + ": " + Edge.printable(reason));
        String slug = status >= 500 ? "internal-error"
                : status == 404 ? "route-not-found"
                : status == 405 ? "method-not-allowed"
                : "malformed-request";
        String title = status >= 500 ? "Internal error"
                : status == 404 ? "No such endpoint"
                : status == 405 ? "Method not allowed"
                : "Malformed request";
        String detail = status >= 500
                ? "The edge could not answer this request. Its request ID is " + requestId + "."
                : "The request was refused before it was read: check the URL (percent-encode reserved and non-ASCII"
                        + " characters) and the headers. Its request ID is " + requestId + ".";
        try {
            Headers headers = new Headers();
            headers.set("X-Request-Id", requestId);
            headers.set("Cache-Control", "no-store");
            securityHeaders.applyTo(headers, request.isSecure());
            headers.forEach((name, values) -> response.setHeader(ServletExchange.conventionalCase(name), values.getFirst()));
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(new String(Responses.problem(status, slug, title, detail, null), StandardCharsets.UTF_8));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is already gone; there is nobody left to tell
        }
    }
}
