package o11yshop.launcher.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import o11yshop.launcher.supervisor.ServiceState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ControlApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FakeServiceControl services = new FakeServiceControl()
            .with("catalog", 8081, ServiceState.RUNNING, 101L)
            .with("inventory", 8082, ServiceState.STARTING, 102L);
    private final HttpClient client = HttpClient.newHttpClient();
    private Edge edge;

    @BeforeEach
    void startEdge() throws IOException {
        TestEdges.Log log = new TestEdges.Log();
        edge = TestEdges.start(TestEdges.proxy(Map.of(), log), new ControlApi(services), Optional.empty(), log);
    }

    @AfterEach
    void stopEdge() {
        edge.close();
    }

    @Test
    void listsEveryServiceWithItsPortStateAndPid() throws Exception {
        HttpResponse<String> response = send("GET", "/_launcher/services");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("""
                [{"name":"catalog","port":8081,"state":"running","pid":101},
                 {"name":"inventory","port":8082,"state":"starting","pid":102}]"""));
    }

    @Test
    void stopAnswersWithTheStoppedService() throws Exception {
        HttpResponse<String> response = send("POST", "/_launcher/services/catalog/stop");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("""
                {"name":"catalog","port":8081,"state":"stopped","pid":null}"""));
        assertThat(services.commands).containsExactly("stop catalog");
    }

    @Test
    void startAnswersAcceptedBeforeTheServiceIsReady() throws Exception {
        send("POST", "/_launcher/services/catalog/stop");

        HttpResponse<String> response = send("POST", "/_launcher/services/catalog/start");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(response.body()).get("state").asString()).isEqualTo("starting");
        assertThat(services.commands).containsExactly("stop catalog", "start catalog");
    }

    @Test
    void startingARunningServiceChangesNothing() throws Exception {
        HttpResponse<String> response = send("POST", "/_launcher/services/catalog/start");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("state").asString()).isEqualTo("running");
    }

    @Test
    void anUnknownServiceIsANotFoundProblem() throws Exception {
        HttpResponse<String> response = send("POST", "/_launcher/services/payments/stop");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:o11y-shop:problem:not-found");
        assertThat(problem.get("detail").asString()).contains("payments");
    }

    @Test
    void actionsNeedPost() throws Exception {
        HttpResponse<String> response = send("GET", "/_launcher/services/catalog/stop");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        assertThat(services.commands).isEmpty();
    }

    @Test
    void unknownControlPathsAreRouteNotFound() throws Exception {
        HttpResponse<String> response = send("GET", "/_launcher/nothing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).get("type").asString()).isEqualTo("urn:o11y-shop:problem:route-not-found");
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + edge.port() + path))
                .method(method, BodyPublishers.noBody()).build(), BodyHandlers.ofString());
    }
}
