package o11yshop.platform.observability.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import o11yshop.platform.testing.RecordingEndpoint;
import tools.jackson.databind.JsonNode;

/**
 * Stands in for the X-Ray daemon in tests: listens on a free UDP port of 127.0.0.1, as the daemon
 * does on 2000, and keeps every datagram it is sent. Point a service at it with
 * {@code AWS_XRAY_DAEMON_ADDRESS} or the system property {@code com.amazonaws.xray.emitters.daemonAddress}
 * set to {@link #address()}.
 */
public final class RecordingDaemon implements AutoCloseable {

    /** The largest segment document the daemon takes (64 kB), with room for the header line. */
    private static final int MAX_DATAGRAM = 65_536;

    private final DatagramSocket socket;
    private final List<String> datagrams = new CopyOnWriteArrayList<>();
    private final Thread receiver;

    private RecordingDaemon(DatagramSocket socket) {
        this.socket = socket;
        this.receiver = Thread.ofPlatform().daemon().name("recording-xray-daemon").start(this::receive);
    }

    public static RecordingDaemon start() {
        try {
            return new RecordingDaemon(new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)));
        } catch (SocketException e) {
            throw new UncheckedIOException("Could not bind a UDP port on 127.0.0.1", e);
        }
    }

    /** {@code 127.0.0.1:<port>}, the form the SDK's daemon address takes. */
    public String address() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** Every datagram received so far, as sent: header line, newline, segment document. */
    public List<String> datagrams() {
        return List.copyOf(datagrams);
    }

    /** Every segment document received so far; fails on a datagram whose header is not the daemon protocol's. */
    public List<JsonNode> documents() {
        return datagrams.stream().map(SegmentDocumentSpec::parseDatagram).toList();
    }

    /** Waits until a document matching {@code wanted} has arrived, and returns it. */
    public JsonNode await(Predicate<JsonNode> wanted, Duration timeout) {
        return RecordingEndpoint.awaitFirst(this::documents, wanted, timeout, datagrams::toString);
    }

    public void clear() {
        datagrams.clear();
    }

    private void receive() {
        byte[] buffer = new byte[MAX_DATAGRAM];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
                datagrams.add(new String(packet.getData(), packet.getOffset(), packet.getLength(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                // closed: the test is over
            }
        }
    }

    @Override
    public void close() {
        socket.close();
        try {
            receiver.join(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
