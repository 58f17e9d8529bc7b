package o11yshop.platform.web.problem;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's last word on a request it rejected before any servlet saw it (an encoded {@code ..} in the
 * path, an unparseable URL or header): a problem+json body instead of Tomcat's HTML page, so that
 * even these answers keep the shop's one error format.
 */
public class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        ProblemType type = status >= 500 ? ProblemType.INTERNAL_ERROR
                : status == 404 ? ProblemType.ROUTE_NOT_FOUND
                : ProblemType.MALFORMED_REQUEST;
        String body = """
                {"type":"%s","title":"%s","status":%d,"detail":"The server rejected the request before reading it."}"""
                .formatted(type.uri(), type.title(), status);
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is already gone; there is nobody left to tell
        }
    }
}
