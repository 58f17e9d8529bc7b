package o11yshop.platform.web.requestid;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an ID (O-LOG-04): the caller's {@code X-Request-Id} when it is a sane token, a
 * new one otherwise. The ID is echoed on the response and put in the logging context, so every log
 * line written while serving the request carries it, and it travels on to the services this one calls.
 */
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "request_id";

    // A caller-supplied ID ends up in log lines and headers: accept only short, plain tokens.
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = acceptOrCreate(request.getHeader(HEADER));
        request.setAttribute(MDC_KEY, requestId);
        response.setHeader(HEADER, requestId);
        MDC.put(MDC_KEY, requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    static String acceptOrCreate(String candidate) {
        if (candidate != null && SAFE_ID.matcher(candidate).matches()) {
            return candidate;
        }
        return UUID.randomUUID().toString();
    }

    /** The ID of the request being served on this thread, for outgoing calls and problem details. */
    public static String current() {
        return MDC.get(MDC_KEY);
    }
}
