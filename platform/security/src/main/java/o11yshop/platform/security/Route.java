package o11yshop.platform.security;

import java.util.Locale;
import org.springframework.http.HttpMethod;

/**
 * One route in a service's security configuration, written {@code "GET /products/**"} (one method) or
 * {@code "/docs"} (every method). The pattern is relative to the service's context path, as the
 * controllers' mappings are.
 *
 * @param method the one method the route covers, or {@code null} for all of them
 * @param pattern a Spring path pattern
 */
public record Route(HttpMethod method, String pattern) {

    public Route {
        if (pattern == null || !pattern.startsWith("/")) {
            throw new IllegalArgumentException("A route's path pattern must start with '/': " + pattern);
        }
    }

    public static Route parse(String declaration) {
        String[] parts = declaration.trim().split("\\s+");
        return switch (parts.length) {
            case 1 -> new Route(null, parts[0]);
            case 2 -> new Route(HttpMethod.valueOf(parts[0].toUpperCase(Locale.ROOT)), parts[1]);
            default -> throw new IllegalArgumentException(
                    "A route is '[METHOD] /path/pattern', e.g. 'GET /products/**'; got: " + declaration);
        };
    }
}
