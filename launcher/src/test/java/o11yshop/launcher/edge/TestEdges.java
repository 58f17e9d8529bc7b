package o11yshop.launcher.edge;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import o11yshop.launcher.RepositoryRoot;
import o11yshop.launcher.telemetry.TelemetryApi;
import o11yshop.launcher.telemetry.TelemetryBuffer;

/** Starts an edge on a free loopback port the way the launcher does, with the shop's own policy file. */
final class TestEdges {

    static final Path REPOSITORY_ROOT = RepositoryRoot.searchUpwards(Path.of("").toAbsolutePath()).orElseThrow();
    static final SecurityHeaders SECURITY_HEADERS = SecurityHeaders.load(REPOSITORY_ROOT);

    /** What the edge logged, as {@code [<request ID>] <message>}. */
    static final class Log implements EdgeLog {
        final List<String> lines = new CopyOnWriteArrayList<>();

        @Override
        public void log(String requestId, String message) {
            lines.add("[" + requestId + "] " + message);
        }
    }

    private TestEdges() {
    }

    static Edge start(ApiProxy api, ControlApi control, Optional<StaticFiles> frontEnd, EdgeLog log) throws IOException {
        return Edge.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new Edge.Handlers(api, control, emptyTelemetry(), frontEnd), SECURITY_HEADERS, log);
    }

    static ApiProxy proxy(Map<String, URI> origins, EdgeLog log) {
        return new ApiProxy(origins, InternalRoutes.none(), ApiProxy.Timeouts.DEFAULT, log);
    }

    static TelemetryApi emptyTelemetry() {
        return new TelemetryApi(new TelemetryBuffer(TelemetryBuffer.Limits.DEFAULT, Clock.systemUTC()));
    }
}
