package o11yshop.platform.web.text;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.Map;
import o11yshop.platform.web.problem.InvalidParameterException;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Holds every query, form and path parameter, and every header a controller reads as a parameter, to
 * the single-line {@link TextRule} before any controller converts it: {@code ?q=%00},
 * {@code ?productIds=%00} or an {@code Idempotency-Key} of UTF-8 bytes (which Tomcat reads as
 * ISO-8859-1, C1 controls included) is the caller's mistake: 400, naming the parameter or header as
 * sent, whatever type it is read into afterwards.
 */
public final class RequestParameterText implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        request.getParameterMap().forEach((name, values) -> {
            check(name, name);
            for (String value : values) {
                check(name, value);
            }
        });
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> pathVariables) {
            pathVariables.forEach((name, value) -> check(String.valueOf(name), String.valueOf(value)));
        }
        if (handler instanceof HandlerMethod method) {
            for (MethodParameter parameter : method.getMethodParameters()) {
                RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
                if (header != null && !header.name().isEmpty()) {
                    for (String value : Collections.list(asTomcatReadIt(request).getHeaders(header.name()))) {
                        check(header.name(), value);
                    }
                }
            }
        }
        return true;
    }

    /**
     * The request under its wrappers: Spring Security's firewall wraps it and, on a header value with a
     * control character, throws rather than answers, which would make the caller's mistake a 500.
     */
    private static HttpServletRequest asTomcatReadIt(HttpServletRequest request) {
        ServletRequest at = request;
        while (at instanceof ServletRequestWrapper wrapper) {
            at = wrapper.getRequest();
        }
        return at instanceof HttpServletRequest unwrapped ? unwrapped : request;
    }

    private static void check(String parameter, String text) {
        TextRule.violation(text, TextRule.Shape.SINGLE_LINE).ifPresent(problem -> {
            throw new InvalidParameterException(printable(parameter), problem);
        });
    }

    /** A parameter's name is the caller's text too; one that breaks the rule is named by its code points. */
    private static String printable(String name) {
        if (TextRule.violation(name, TextRule.Shape.SINGLE_LINE).isEmpty()) {
            return name;
        }
        StringBuilder escaped = new StringBuilder();
        name.codePoints().forEach(c -> escaped.append(c >= 0x20 && c < 0x7F ? Character.toString(c) : String.format("\\u%04X", c)));
        return escaped.toString();
    }
}
