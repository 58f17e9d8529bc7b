package o11yshop.launcher.telemetry;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A receiver on a free loopback port for each test, with the buffer it fills; closed after the test. */
final class RunningOtlpReceiver implements BeforeEachCallback, AfterEachCallback {

    private TelemetryBuffer buffer;
    private OtlpHttpReceiver receiver;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        buffer = new TelemetryBuffer(TelemetryBuffer.Limits.DEFAULT, Clock.systemUTC());
        receiver = OtlpHttpReceiver.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), buffer);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        receiver.close();
    }

    TelemetryBuffer buffer() {
        return buffer;
    }

    OtlpHttpReceiver receiver() {
        return receiver;
    }

    /** @param path e.g. {@code /v1/traces} */
    String url(String path) {
        return "http://127.0.0.1:" + receiver.address().getPort() + path;
    }
}
