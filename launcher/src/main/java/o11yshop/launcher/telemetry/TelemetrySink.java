package o11yshop.launcher.telemetry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the services' telemetry lands locally, for the Lab to read: the launcher plays the X-Ray daemon
 * (UDP, where the SDK looks for one) and an OpenTelemetry Collector's OTLP/HTTP receiver (TCP, where the
 * exporters look for one), and keeps what they catch in one {@link TelemetryBuffer}. A learner who runs a
 * real daemon or collector on those ports keeps it: the shop then sends it the telemetry instead.
 */
public final class TelemetrySink implements AutoCloseable {

    private final TelemetryBuffer buffer;
    private final int xrayDaemonPort;
    private final int otlpPort;
    private final Optional<XRayDaemonListener> xrayDaemon;
    private final Optional<OtlpHttpReceiver> otlpReceiver;

    private TelemetrySink(TelemetryBuffer buffer, int xrayDaemonPort, int otlpPort,
            Optional<XRayDaemonListener> xrayDaemon, Optional<OtlpHttpReceiver> otlpReceiver) {
        this.buffer = buffer;
        this.xrayDaemonPort = xrayDaemonPort;
        this.otlpPort = otlpPort;
        this.xrayDaemon = xrayDaemon;
        this.otlpReceiver = otlpReceiver;
    }

    /** @param warn told when a port is taken and that channel is left to whoever holds it */
    public static TelemetrySink start(int xrayDaemonPort, int otlpPort, Consumer<String> warn) {
        TelemetryBuffer buffer = new TelemetryBuffer(TelemetryBuffer.Limits.DEFAULT, Clock.systemUTC());
        Optional<XRayDaemonListener> xrayDaemon = startXRayDaemon(buffer, xrayDaemonPort, warn);
        Optional<OtlpHttpReceiver> otlpReceiver = startOtlpReceiver(buffer, otlpPort, warn);
        return new TelemetrySink(buffer, xrayDaemonPort, otlpPort, xrayDaemon, otlpReceiver);
    }

    private static Optional<XRayDaemonListener> startXRayDaemon(TelemetryBuffer buffer, int port, Consumer<String> warn) {
        try {
            return Optional.of(XRayDaemonListener.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), buffer));
        } catch (SocketException e) {
            warn.accept("udp " + port + " is taken; the launcher does not catch X-Ray segments");
            return Optional.empty();
        }
    }

    private static Optional<OtlpHttpReceiver> startOtlpReceiver(TelemetryBuffer buffer, int port, Consumer<String> warn) {
        try {
            return Optional.of(OtlpHttpReceiver.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), buffer));
        } catch (BindException e) {
            warn.accept("tcp " + port + " is taken; the launcher does not catch OTLP");
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TelemetryBuffer buffer() {
        return buffer;
    }

    /** {@code host:port} of the launcher's X-Ray daemon; empty when another program holds the port. */
    public Optional<String> xrayDaemonAddress() {
        return xrayDaemon.map(daemon -> addressOf(daemon.address()));
    }

    /** The launcher's OTLP/HTTP receiver's port, or whatever collector holds it. */
    public int otlpPort() {
        return otlpPort;
    }

    /** One line on where each channel is caught, for the banner. */
    public String describe() {
        return xrayDaemonAddress()
                .map(address -> "X-Ray daemon protocol on udp " + address)
                .orElse("X-Ray not caught: udp " + xrayDaemonPort + " is taken (a real X-Ray daemon?)")
                + "; " + otlpReceiver
                .map(receiver -> "OTLP/HTTP on " + addressOf(receiver.address()))
                .orElse("OTLP not caught: tcp " + otlpPort + " is taken (a real collector?)");
    }

    private static String addressOf(InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }

    @Override
    public void close() {
        otlpReceiver.ifPresent(OtlpHttpReceiver::close);
        xrayDaemon.ifPresent(XRayDaemonListener::close);
    }
}
