package o11yshop.launcher.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import o11yshop.launcher.supervisor.ServiceControl;
import o11yshop.launcher.supervisor.ServiceStatus;
import org.junit.jupiter.api.Test;

class EdgeTest {

    /** The launcher tells a port taken while the shop started from other failures by this exception. */
    @Test
    void anEdgeOnATakenPortSaysSo() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> start(taken.getLocalPort())).isInstanceOf(BindException.class);
        }
    }

    /** Issue 11 item 7: a failure of the edge itself is a 500 that names its request ID; the console gets the rest. */
    @Test
    void aFailureOfTheEdgeTellsTheCallerOnlyTheRequestId() throws IOException {
        ServiceControl broken = new ServiceControl() {
            @Override
            public List<ServiceStatus> statuses() {
                throw new IllegalStateException("supervisor state at /var/secret is corrupt");
            }

            @Override
            public Optional<ServiceStatus> stop(String name) {
                return Optional.empty();
            }

            @Override
            public Optional<ServiceStatus> start(String name) {
                return Optional.empty();
            }
        };
        TestEdges.Log log = new TestEdges.Log();
        try (Edge edge = TestEdges.start(TestEdges.proxy(Map.of(), log), new ControlApi(broken), Optional.empty(), log)) {
            RawHttp.Response response = RawHttp.send(edge.port(),
                    "GET /_launcher/services HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: broken-1\r\n\r\n");

            assertThat(response.status()).isEqualTo(500);
            assertThat(response.text()).contains("application/problem+json").contains("internal-error").contains("broken-1")
                    .doesNotContain("/var/secret").doesNotContain("IllegalStateException");
            ApiProxyTest.assertTellsNothingOfTheInside(response.text());
            assertThat(log.lines).anySatisfy(line -> assertThat(line).startsWith("[broken-1]")
                    .contains("IllegalStateException: supervisor state at /var/secret is corrupt"));
        }
    }

    @Test
    void headerNamesAreWrittenInTheirUsualCase() {
        assertThat(ServletExchange.conventionalCase("X-frame-options")).isEqualTo("X-Frame-Options");
        assertThat(ServletExchange.conventionalCase("Www-authenticate")).isEqualTo("WWW-Authenticate");
        assertThat(ServletExchange.conventionalCase("Content-security-policy")).isEqualTo("Content-Security-Policy");
    }

    @Test
    void aRequestTomcatRefusesIsLoggedWithItsReason() throws IOException {
        TestEdges.Log log = new TestEdges.Log();
        try (Edge edge = TestEdges.start(TestEdges.proxy(Map.of(), log), new ControlApi(new FakeServiceControl()),
                Optional.empty(), log)) {
            RawHttp.Response response = RawHttp.get(edge.port(), "/api/x?q={\u001b[31m}");

            assertThat(response.status()).isEqualTo(400);
            String requestId = response.text().lines().filter(line -> line.startsWith("X-Request-Id:"))
                    .map(line -> line.substring("X-Request-Id:".length()).strip()).findFirst().orElseThrow();
            assertThat(log.lines).anySatisfy(line -> assertThat(line).startsWith("[" + requestId + "]")
                    .contains("Invalid character found in the request target").doesNotContain("\u001b"));
        }
    }

    @Test
    void callersTextIsOneSafeConsoleLine() {
        assertThat(Edge.printable("/a\r\nfake line\u0000")).isEqualTo("/a\\u000d\\u000afake line\\u0000");
        assertThat(Edge.printable("x".repeat(1000))).hasSize(301);
    }

    private static Edge start(int port) throws IOException {
        TestEdges.Log log = new TestEdges.Log();
        return Edge.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
                new Edge.Handlers(TestEdges.proxy(Map.of(), log), new ControlApi(new FakeServiceControl()),
                        TestEdges.emptyTelemetry(), Optional.empty()), TestEdges.SECURITY_HEADERS, log);
    }
}
