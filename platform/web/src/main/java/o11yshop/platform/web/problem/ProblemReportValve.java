package o11yshop.platform.web.problem;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.http.parser.HttpHeaderParser;

/**
 * Tomcat's last word on a request it rejected before any servlet saw it (an encoded {@code ..} in the
 * path, an unparseable URL or header): a problem+json body instead of Tomcat's HTML page, so that
 * even these answers keep the shop's one error format.
 */
public class ProblemReportValve extends ErrorReportValve {

    private static final String BAD_HEADER_TEXT = "is not valid header text (control characters are not allowed)";

    /** The header's name in Tomcat's refusal of a header line, "... header line [Idempotency-Key:key\u0007] ...". */
    private static final Pattern REJECTED_HEADER_LINE = Pattern.compile("\\[([!#$%&'*+.^_|~0-9A-Za-z-]+):");

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String header = status == 400 ? rejectedHeader(throwable) : null;
        ProblemType type = status >= 500 ? ProblemType.INTERNAL_ERROR
                : status == 404 ? ProblemType.ROUTE_NOT_FOUND
                : header != null ? ProblemType.INVALID_PARAMETER
                : ProblemType.MALFORMED_REQUEST;
        String body = header == null
                ? """
                {"type":"%s","title":"%s","status":%d,"detail":"The server rejected the request before reading it."}"""
                .formatted(type.uri(), type.title(), status)
                : """
                {"type":"%s","title":"%s","status":%d,"detail":"%s: %s","errors":[{"parameter":"%s","message":"%s"}]}"""
                .formatted(type.uri(), type.title(), status, header, BAD_HEADER_TEXT, header, BAD_HEADER_TEXT);
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

    /**
     * The header Tomcat refused to parse (a control character in its value), so that the answer names
     * it as the shop's own checks would; null for any other refusal. Only a header token, never the value.
     */
    private static String rejectedHeader(Throwable throwable) {
        if (!(throwable instanceof IllegalArgumentException) || throwable.getMessage() == null
                || throwable.getStackTrace().length == 0
                || !throwable.getStackTrace()[0].getClassName().equals(HttpHeaderParser.class.getName())) {
            return null;
        }
        Matcher header = REJECTED_HEADER_LINE.matcher(throwable.getMessage());
        return header.find() ? header.group(1) : null;
    }
}
