package o11yshop.benchmark.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import o11yshop.benchmark.driver.LauncherApi.Service;
import org.junit.jupiter.api.Test;

class LauncherApiTest {

    @Test
    void readsTheServicesAndTheirProcessWhileTheyRun() {
        assertEquals(List.of(new Service("catalog", 8081, "running", 1234L), new Service("order", 8084, "starting", null)),
                LauncherApi.services("""
                        [{"name":"catalog","port":8081,"state":"running","pid":1234},
                         {"name":"order","port":8084,"state":"starting","pid":null}]"""));
    }

    @Test
    void collectsTheTelemetryThatWentElsewhere() {
        assertEquals("X-Ray not caught: udp 2000 is taken (a real X-Ray daemon?); OTLP not caught: tcp 4318 is taken"
                        + " (a real collector?)",
                LaunchedShop.notCaught(List.of(
                        "[launcher] X-Ray not caught: udp 2000 is taken (a real X-Ray daemon?)",
                        "[launcher] the edge listens on 8080",
                        "[launcher] OTLP not caught: tcp 4318 is taken (a real collector?)")));
        assertEquals("", LaunchedShop.notCaught(List.of("[launcher] all caught")));
    }
}
