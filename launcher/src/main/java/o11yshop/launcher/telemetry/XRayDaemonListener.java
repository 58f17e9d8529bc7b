package o11yshop.launcher.telemetry;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The local stand-in for the X-Ray daemon: it listens where the daemon would (UDP, 127.0.0.1:2000 by
 * default) and understands what the X-Ray SDK sends it — one datagram per segment document, a header
 * line {@code {"format": "json", "version": 1}} and then the document. Instead of forwarding to the
 * X-Ray API it keeps the documents for the Observability Lab.
 */
public final class XRayDaemonListener implements AutoCloseable {

    /** The daemon's limit: a segment document never comes in more than 64 KiB. */
    private static final int MAX_DATAGRAM = 64 * 1024;

    private final DatagramSocket socket;
    private final TelemetryBuffer buffer;
    private final Thread receiver;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final TelemetryVolume.Count volume;

    private XRayDaemonListener(DatagramSocket socket, TelemetryBuffer buffer) {
        this.socket = socket;
        this.buffer = buffer;
        this.volume = buffer.volume().xrayDatagrams();
        this.receiver = Thread.ofPlatform().daemon().name("xray-daemon-listener").unstarted(this::receive);
    }

    public static XRayDaemonListener start(InetSocketAddress address, TelemetryBuffer buffer) throws SocketException {
        XRayDaemonListener listener = new XRayDaemonListener(new DatagramSocket(address), buffer);
        listener.receiver.start();
        return listener;
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    /** Segment documents kept so far. */
    public long accepted() {
        return accepted.get();
    }

    /** Datagrams that were not a header line and a segment document with a trace ID. */
    public long dropped() {
        return dropped.get();
    }

    private void receive() {
        byte[] bytes = new byte[MAX_DATAGRAM];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(bytes, bytes.length);
            try {
                socket.receive(packet);
            } catch (IOException e) {
                return;
            }
            // what the SDK sent, kept or not: the cost of the channel
            volume.add(packet.getLength());
            accept(new String(packet.getData(), packet.getOffset(), packet.getLength(), StandardCharsets.UTF_8));
        }
    }

    private void accept(String datagram) {
        int endOfHeader = datagram.indexOf('\n');
        Optional<String> traceId = endOfHeader < 0 || !isDaemonHeader(datagram.substring(0, endOfHeader))
                ? Optional.empty()
                : TopLevelFields.of(datagram.substring(endOfHeader + 1)).flatMap(TopLevelFields::traceId);
        if (traceId.isEmpty()) {
            dropped.incrementAndGet();
            return;
        }
        buffer.addSegmentDocument(traceId.get(), datagram.substring(endOfHeader + 1).strip());
        accepted.incrementAndGet();
    }

    private static boolean isDaemonHeader(String line) {
        String compact = line.replace(" ", "");
        return compact.equals("{\"format\":\"json\",\"version\":1}");
    }

    @Override
    public void close() {
        socket.close();
        try {
            receiver.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
