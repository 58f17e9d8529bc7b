package o11yshop.platform.web.body;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * One limit on the size of every request body, on every route of every service, before anything reads
 * the body: not the JSON parser (whose refusal of a long document came out as a 400, or as a connection
 * closed mid-upload), nor a security check or a throttle that answers before the body is read. A declared
 * {@code Content-Length} over the limit is answered 413 at once; a chunked body is counted as it is
 * read, and the read that crosses the limit ends the request with 413 too ({@link RequestBodyTooLargeException}).
 *
 * <p>Routes that stream a large body and hold it to their own limit (catalog's image uploads) are named in
 * {@code shop.web.streamed-body-routes} and left to themselves.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

    /** The limit, for the error page that answers the 413 ({@code ProblemErrorController}). */
    public static final String LIMIT_ATTRIBUTE = RequestBodyLimitFilter.class.getName() + ".limit";

    private static final Logger log = LoggerFactory.getLogger(RequestBodyLimitFilter.class);
    private static final AntPathMatcher PATHS = new AntPathMatcher();
    private static final UrlPathHelper PATH_HELPER = new UrlPathHelper();

    private final long limit;
    private final List<String> streamedBodyRoutes;

    /**
     * @param limit the most bytes a body may have
     * @param streamedBodyRoutes {@code "PUT /uploads/**"}: method and path pattern relative to the context path
     */
    public RequestBodyLimitFilter(long limit, List<String> streamedBodyRoutes) {
        this.limit = limit;
        this.streamedBodyRoutes = List.copyOf(streamedBodyRoutes);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (streamsItsOwnBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            log.info("Refused a body of {} bytes for {} {}: the limit is {}", declared, request.getMethod(),
                    request.getRequestURI(), limit);
            request.setAttribute(LIMIT_ATTRIBUTE, limit);
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        chain.doFilter(new LimitedBodyRequest(request, limit), response);
    }

    private boolean streamsItsOwnBody(HttpServletRequest request) {
        String path = PATH_HELPER.getPathWithinApplication(request);
        return streamedBodyRoutes.stream().anyMatch(route -> {
            String[] parts = route.trim().split("\\s+", 2);
            return parts.length == 2 && parts[0].equalsIgnoreCase(request.getMethod()) && PATHS.match(parts[1], path);
        });
    }

    private static final class LimitedBodyRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream limited;

        LimitedBodyRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedInputStream(super.getInputStream(), limit);
            }
            return limited;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long limit;
        private long read;

        LimitedInputStream(ServletInputStream body, long limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int bytes) {
            read += bytes;
            if (read > limit) {
                throw new RequestBodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
