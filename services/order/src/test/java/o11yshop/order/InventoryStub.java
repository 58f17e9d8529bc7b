package o11yshop.order;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import o11yshop.platform.testing.ContractStub;
import o11yshop.platform.testing.ContractStub.Answer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Inventory as the order service meets it: reservations held and released as {@code api/inventory.yaml}
 * says (the stub checks each answer against it). There is always stock enough; what runs short, and the
 * reservations inventory really writes, are tested against the real inventory in {@code integration/}.
 */
public final class InventoryStub {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, ObjectNode> reservations = new ConcurrentHashMap<>();

    private InventoryStub() {
    }

    public static ContractStub start() {
        InventoryStub inventory = new InventoryStub();
        return ContractStub.of("inventory")
                .on("POST", "/reservations", request -> Answer.json(201, inventory.hold(JSON.readTree(request.body()))))
                .on("POST", "/reservations/{reservationId}/release",
                        request -> inventory.release(request.pathVariable("reservationId")))
                .start();
    }

    private String hold(JsonNode request) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ObjectNode reservation = JSON.createObjectNode()
                .put("reservationId", UUID.randomUUID().toString())
                .put("orderReference", request.path("orderReference").asString())
                .put("status", "held")
                .put("createdAt", now.toString())
                .put("expiresAt", now.plus(15, ChronoUnit.MINUTES).toString());
        reservation.set("lines", request.path("lines"));
        reservations.put(reservation.path("reservationId").asString(), reservation);
        return reservation.toString();
    }

    private Answer release(String reservationId) {
        ObjectNode reservation = reservations.get(reservationId);
        if (reservation == null) {
            return Answer.notFound("No reservation " + reservationId);
        }
        return Answer.json(200, reservation.put("status", "released").toString());
    }
}
