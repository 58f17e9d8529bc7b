package o11yshop.order.inventory;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import o11yshop.order.inventory.client.ReservationsApi;
import o11yshop.order.inventory.client.model.Reservation;
import o11yshop.order.inventory.client.model.ReservationLine;
import o11yshop.order.inventory.client.model.ReservationRequest;
import o11yshop.order.problem.OrderProblemType;
import o11yshop.platform.security.ShopperToken;
import o11yshop.platform.security.client.ClientCredentialsTokenSource;
import o11yshop.platform.web.client.ServiceClients;
import o11yshop.platform.web.problem.ServiceProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds and releases stock in the inventory service for a checkout, with the client generated from
 * api/inventory.yaml (reservations). Reservations are for the order service only: it calls with its own
 * token (client credentials, scope {@code inventory/reservations}) and sends the shopper's token along in
 * {@code X-Shop-User-Token}, so that inventory's audit trail names the shopper. Inventory decides
 * atomically whether the stock is there: that decision, not a stock read here, is what keeps the shop from
 * overselling.
 */
@Component
public class InventoryClient {

    private static final Logger log = LoggerFactory.getLogger(InventoryClient.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String INSUFFICIENT_STOCK = "urn:o11y-shop:problem:insufficient-stock";

    private final ReservationsApi reservations;

    InventoryClient(InventoryProperties properties, ServiceClients clients, ClientCredentialsTokenSource serviceTokens) {
        this.reservations = ServiceClients.typed(clients.to(properties)
                // first, so that fetching a new token is a call of its own in the trace, beside this one
                .requestInterceptors(interceptors -> interceptors.addFirst(serviceTokens.bearerToken()))
                // for whom: only reservations name the shopper, so only they carry the shopper's token
                .requestInterceptor(ShopperToken.forwarding())
                .build(), ReservationsApi.class);
    }

    public record Line(long productId, int quantity) {
    }

    /**
     * Holds every line's units, or refuses with {@code insufficient-stock} naming what is short. The
     * idempotency key makes a repeated call (a retry after a lost answer) answer the first reservation.
     */
    public UUID reserve(String orderReference, List<Line> lines, String idempotencyKey) {
        try {
            Reservation answer = reservations.reserveStock(new ReservationRequest(orderReference, lines.stream()
                    .map(line -> new ReservationLine(line.productId(), line.quantity()))
                    .toList()), idempotencyKey);
            if (answer == null || answer.getReservationId() == null) {
                throw new IllegalArgumentException("an answer without a reservation");
            }
            return answer.getReservationId();
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
            reservations.releaseReservation(reservationId);
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
}
