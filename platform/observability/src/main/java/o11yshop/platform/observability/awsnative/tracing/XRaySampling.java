package o11yshop.platform.observability.awsnative.tracing;

import com.amazonaws.xray.config.DaemonConfiguration;
import com.amazonaws.xray.strategy.sampling.CentralizedSamplingStrategy;
import com.amazonaws.xray.strategy.sampling.LocalizedSamplingStrategy;
import com.amazonaws.xray.strategy.sampling.SamplingStrategy;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses where sampling decisions come from (O-TRACE-03, O-TRACE-06). The X-Ray daemon serves the
 * account's centralized sampling rules on TCP, on the same port it takes segments on over UDP. When
 * it answers, the SDK's centralized strategy polls it (every 5 minutes for rules, every 10 seconds
 * for this instance's share of each rule's reservoir) and uses the local rules until the first
 * answer. When nothing answers — the launcher's telemetry sink only listens on UDP — the SDK's poller
 * would log a stack trace at every attempt, so the local rules are used alone, and one line says so.
 */
final class XRaySampling {

    private static final Logger log = LoggerFactory.getLogger(XRaySampling.class);
    private static final int PROBE_TIMEOUT_MILLIS = 300;

    private XRaySampling() {
    }

    static SamplingStrategy choose(DaemonConfiguration daemon, URL localRules) {
        URI daemonApi = URI.create(daemon.getEndpointForTCPConnection());
        String segmentsTo = daemon.getUDPAddress();
        if (answers(daemonApi)) {
            log.info("X-Ray segments go to UDP {}; the daemon answers at {}: sampling follows its centralized rules, "
                    + "and {} until they arrive", segmentsTo, daemonApi, localRules);
            return new CentralizedSamplingStrategy(localRules);
        }
        log.info("X-Ray segments go to UDP {}; no X-Ray daemon answers at {}: sampling follows the local rules in {}",
                segmentsTo, daemonApi, localRules);
        return new LocalizedSamplingStrategy(localRules);
    }

    private static boolean answers(URI daemonApi) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(daemonApi.getHost(), daemonApi.getPort()), PROBE_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
