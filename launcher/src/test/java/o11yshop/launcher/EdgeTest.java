package o11yshop.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EdgeTest {

    /** The launcher tells a port taken while the shop started from other failures by this exception. */
    @Test
    void anEdgeOnATakenPortSaysSo() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> start(taken.getLocalPort())).isInstanceOf(BindException.class);
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
