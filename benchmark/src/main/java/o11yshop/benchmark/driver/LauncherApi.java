package o11yshop.benchmark.driver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the driver asks a shop's launcher: its services, and the telemetry its sink has counted. */
final class LauncherApi {

    /** A service as GET /_launcher/services answers it; no pid while it is not running. */
    record Service(String name, int port, String state, Long pid) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final String shopUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    LauncherApi(String shopUrl) {
        this.shopUrl = shopUrl;
    }

    String shopUrl() {
        return shopUrl;
    }

    /** GET /_launcher/services: [{"name","port","state","pid"}, …]; empty when the shop does not answer. */
    Optional<List<Service>> services() {
        return get("/_launcher/services").map(LauncherApi::services);
    }

    static List<Service> services(String json) {
        List<Service> services = new ArrayList<>();
        for (Object item : (List<?>) Json.parse(json)) {
            Map<?, ?> service = (Map<?, ?>) item;
            services.add(new Service((String) service.get("name"), ((Number) service.get("port")).intValue(),
                    (String) service.get("state"), service.get("pid") instanceof Number pid ? pid.longValue() : null));
        }
        return services;
    }

    boolean allServicesRunning() {
        return services().filter(services -> !services.isEmpty()
                && services.stream().allMatch(service -> "running".equals(service.state()))).isPresent();
    }

    /** GET /_launcher/telemetry/volume, flattened; empty when the shop has no such endpoint. */
    Optional<TelemetryVolume> volume() {
        return get("/_launcher/telemetry/volume").map(TelemetryVolume::fromJson);
    }

    private Optional<String> get(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(shopUrl + path))
                    .timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() / 100 == 2 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException | IllegalArgumentException | ClassCastException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
