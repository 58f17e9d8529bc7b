package o11yshop.order.inventory;

import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import o11yshop.order.problem.OrderProblemType;
import o11yshop.platform.observability.Observability;
import o11yshop.platform.security.ShopperToken;
import o11yshop.platform.security.client.ClientCredentialsTokenSource;
import o11yshop.platform.web.problem.ServiceProblem;
import o11yshop.platform.web.requestid.RequestIdPropagation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds and releases stock in the inventory service for a checkout (api/inventory.yaml, reservations).
 * Reservations are for the order service only: it calls with its own token (client credentials, scope
 * {@code inventory/reservations}) and sends the shopper's token along in {@code X-Shop-User-Token}, so
 * that inventory's audit trail names the shopper. Inventory decides atomically whether the stock is
 * there: that decision, not a stock read here, is what keeps the shop from overselling.
 */
@Component
public class InventoryClient {

    private static final Logger log = LoggerFactory.getLogger(InventoryClient.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String INSUFFICIENT_STOCK = "urn:o11y-shop:problem:insufficient-stock";

    private final RestClient http;

    InventoryClient(InventoryProperties properties, Observability observability, ClientCredentialsTokenSource serviceTokens) {
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build());
        requestFactory.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder()
                .baseUrl(properties.baseUrl())
                .requestFactory(requestFactory)
                // first, so that fetching a new token is a call of its own in the trace, beside this one
                .requestInterceptor(serviceTokens.bearerToken())
                .requestInterceptor(observability.outgoingCallTracing())
                .requestInterceptor(RequestIdPropagation.interceptor())
                .requestInterceptor(ShopperToken.forwarding())
                .build();
    }

    public record Line(long productId, int quantity) {
    }

    /**
     * Holds every line's units, or refuses with {@code insufficient-stock} naming what is short. The
     * idempotency key makes a repeated call (a retry after a lost answer) answer the first reservation.
     */
    public UUID reserve(String orderReference, List<Line> lines, String idempotencyKey) {
        try {
            ReservationAnswer answer = http.post().uri("/reservations")
                    .header("Idempotency-Key", idempotencyKey)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new ReservationRequest(orderReference, lines))
                    .retrieve()
                    .body(ReservationAnswer.class);
            if (answer == null || answer.reservationId() == null) {
                throw new IllegalArgumentException("an answer without a reservation");
            }
            return answer.reservationId();
        } catch (HttpClientErrorException e) {
            JsonNode problem = problemOf(e);
            if (e.getStatusCode().isSameCodeAs(HttpStatus.CONFLICT)
                    && INSUFFICIENT_STOCK.equals(problem.path("type").asString())) {
                throw new ServiceProblem(OrderProblemType.INSUFFICIENT_STOCK,
                        "Not enough stock for everything in the cart; nothing was ordered",
                        Map.of("shortages", JSON.convertValue(problem.path("shortages"), List.class)));
            }
            if (e.getStatusCode().isSameCodeAs(HttpStatus.UNAUTHORIZED) || e.getStatusCode().isSameCodeAs(HttpStatus.FORBIDDEN)) {
                // not the shopper's doing: this service's client or scope is wrong (shop.service-identity)
                log.error("Inventory refused the order service's token for {}: {} {}", orderReference, e.getStatusCode(),
                        e.getResponseBodyAsString());
                throw new ServiceProblem(OrderProblemType.DEPENDENCY_UNAVAILABLE,
                        "The inventory service did not answer; nothing was ordered. Please try again in a moment.");
            }
            // anything else inventory refuses is a request this service should never have sent
            throw new IllegalStateException("inventory refused the reservation for " + orderReference + ": "
                    + e.getStatusCode() + " " + e.getResponseBodyAsString(), e);
        } catch (RestClientException | IllegalArgumentException e) {
            log.warn("Could not reserve stock for {} (inventory or the token endpoint did not answer): {}", orderReference,
                    e.getMessage());
            throw new ServiceProblem(OrderProblemType.DEPENDENCY_UNAVAILABLE,
                    "The inventory service did not answer; nothing was ordered. Please try again in a moment.");
        }
    }

    /**
     * Gives the held units back. A failure is logged and not thrown: the shopper's checkout has already
     * failed for its own reason, and a reservation nobody releases is released by inventory when it expires.
     */
    public void release(UUID reservationId) {
        try {
            http.post().uri("/reservations/{id}/release", reservationId).retrieve().toBodilessEntity();
        } catch (RestClientException e) {
            log.warn("Could not release reservation {} (inventory releases it when it expires): {}", reservationId,
                    e.getMessage());
        }
    }

    private static JsonNode problemOf(HttpClientErrorException e) {
        try {
            return JSON.readTree(e.getResponseBodyAsString());
        } catch (RuntimeException unreadable) {
            return JSON.missingNode();
        }
    }

    record ReservationRequest(String orderReference, List<Line> lines) {
    }

    record ReservationAnswer(UUID reservationId) {
    }
}
