package o11yshop.platform.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import o11yshop.platform.web.problem.InvalidParameterException;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The smallest service that uses platform-security: one public route, one route for any signed-in
 * user, an admin report and an admin change. Its configuration comes from the test, as a service's would from its yaml.
 */
@SpringBootApplication
class SecuredTestApplication {

    @RestController
    static class Endpoints {

        private static final Logger log = LoggerFactory.getLogger(Endpoints.class);

        private final CurrentUser currentUser;

        Endpoints(CurrentUser currentUser) {
            this.currentUser = currentUser;
        }

        @GetMapping("/products")
        Map<String, Object> products() {
            return Map.of("signedIn", currentUser.isSignedIn(), "admin", currentUser.isAdmin());
        }

        @PostMapping("/newsletter")
        Map<String, Object> subscribe(@RequestBody Map<String, String> body) {
            return Map.of("subscribed", body.get("email"));
        }

        @GetMapping("/me")
        Map<String, Object> me() {
            log.info("Serving the signed-in user's page");
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("id", currentUser.id().toString());
            answer.put("email", currentUser.email().orElse(null));
            answer.put("admin", currentUser.isAdmin());
            answer.put("loggedUserId", MDC.get("user_id"));
            return answer;
        }

        @GetMapping("/admin/report")
        Map<String, Object> report() {
            return Map.of("report", "ok");
        }

        @PutMapping("/admin/products/{productId}/price")
        Map<String, Object> changePrice(@PathVariable long productId, @RequestBody Map<String, Long> body) {
            if (body.get("amount") == null || body.get("amount") < 0) {
                throw new InvalidParameterException("amount", "must be zero or more");
            }
            return Map.of("productId", productId, "amount", body.get("amount"));
        }
    }
}
