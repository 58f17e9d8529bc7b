package o11yshop.platform.web.input;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import o11yshop.platform.web.text.MultiLineText;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The smallest service on platform-web: a body with single- and multi-line text, nested lines, query
 * parameters and a list of IDs, as the generated API interfaces have them; and one API written as the
 * generator writes it ({@link GeneratedStyleApi}).
 */
@SpringBootApplication
class WebTestApplication {

    /** Starts the service as "web-test" on a free port under {@code /api/web-test}, its uploads streamed. */
    static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(WebTestApplication.class).run(
                "--spring.application.name=web-test",
                "--server.port=0",
                "--server.servlet.context-path=/api/web-test",
                "--management.endpoint.health.group.readiness.include=readinessState",
                // indexed, as a YAML list arrives
                "--shop.web.streamed-body-routes[0]=PUT /uploads/**");
    }

    record Line(String sku, @MultiLineText String note, int quantity) {
    }

    record Draft(String name, @MultiLineText String description, List<String> tags, List<Line> lines) {
    }

    /**
     * Wraps every request as Spring Security's firewall does: a header value with a control character
     * is not answered but thrown at whoever reads it.
     */
    @Bean
    FilterRegistrationBean<Filter> headerFirewall() {
        Filter firewall = (request, response, chain) -> chain.doFilter(new HttpServletRequestWrapper((HttpServletRequest) request) {
            @Override
            public Enumeration<String> getHeaders(String name) {
                List<String> values = Collections.list(super.getHeaders(name));
                if (values.stream().anyMatch(value -> value.chars().anyMatch(Character::isISOControl))) {
                    throw new IllegalStateException("The request was rejected because the header " + name + " is not allowed");
                }
                return Collections.enumeration(values);
            }
        }, response);
        return new FilterRegistrationBean<>(firewall);
    }

    @RestController
    static class GeneratedStyleEndpoints implements GeneratedStyleApi {

        @Override
        public ResponseEntity<Map<String, Object>> reserve(Order order, String idempotencyKey) {
            return ResponseEntity.ok(Map.of("lines", order.getLines() == null ? 0 : order.getLines().size()));
        }

        @Override
        public ResponseEntity<Map<String, Object>> levels(List<Long> productIds) {
            return ResponseEntity.ok(Map.of("productIds", productIds));
        }
    }

    @RestController
    static class Endpoints {

        @PostMapping("/drafts")
        Draft create(@RequestBody Draft draft) {
            return draft;
        }

        @PutMapping("/drafts/{slug}")
        Map<String, Object> replace(@PathVariable String slug, @RequestBody Draft draft) {
            return Map.of("slug", slug, "name", draft.name());
        }

        @GetMapping("/search")
        Map<String, Object> search(@RequestParam String q) {
            return Map.of("q", q);
        }

        @GetMapping("/stock")
        Map<String, Object> stock(@RequestParam List<Long> productIds) {
            return Map.of("productIds", productIds);
        }

        /** Streams its body itself and holds it to its own limit, as catalog's image upload target does. */
        @PutMapping("/uploads/{name}")
        Map<String, Object> upload(@PathVariable String name, @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
                jakarta.servlet.http.HttpServletRequest request)
                throws java.io.IOException {
            return Map.of("bytes", request.getInputStream().transferTo(java.io.OutputStream.nullOutputStream()));
        }

        @GetMapping("/page")
        Map<String, Object> page(@RequestParam(defaultValue = "0") int page) {
            return Map.of("page", page);
        }
    }
}
