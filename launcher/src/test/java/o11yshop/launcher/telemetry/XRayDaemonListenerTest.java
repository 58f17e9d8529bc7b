package o11yshop.launcher.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Datagrams sent the way the X-Ray SDK's UDP emitter sends them, to a real socket. */
class XRayDaemonListenerTest {

    private static final String HEADER = "{\"format\": \"json\", \"version\": 1}\n";
    private static final String TRACE = "1-5759e988-bd862e3fe1be46a994272793";

    private final TelemetryBuffer buffer = new TelemetryBuffer(TelemetryBuffer.Limits.DEFAULT, Clock.systemUTC());
    private XRayDaemonListener listener;

    @BeforeEach
    void listen() throws IOException {
        listener = XRayDaemonListener.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), buffer);
    }

    @AfterEach
    void close() {
        listener.close();
    }

    @Test
    void aSegmentAndASubsegmentSentApartJoinOneTrace() throws Exception {
        String segment = """
                {"name":"catalog","id":"70de5b6f19ff9a0a","trace_id":"%s","start_time":1.478293361271E9,"end_time":1.478293361449E9}"""
                .formatted(TRACE);
        String subsegment = """
                {"name":"inventory","id":"53995c3f42cd8ad8","trace_id":"%s","parent_id":"70de5b6f19ff9a0a","type":"subsegment","start_time":1.4782933613E9,"end_time":1.4782933614E9,"namespace":"remote"}"""
                .formatted(TRACE);

        send(HEADER + segment);
        send(HEADER + subsegment);
        awaitAccepted(2);

        TelemetryBuffer.Trace trace = buffer.trace(TRACE).orElseThrow();
        assertThat(trace.segmentDocuments()).containsExactly(segment, subsegment);
        assertThat(listener.dropped()).isZero();
    }

    @Test
    void whatIsNotADaemonDatagramWithATraceIdIsDropped() throws Exception {
        send("{\"name\":\"no header\",\"trace_id\":\"" + TRACE + "\"}");
        send("{\"format\": \"text\", \"version\": 1}\n{\"trace_id\":\"" + TRACE + "\"}");
        send(HEADER + "{\"name\":\"cut off\",\"trace_id\":\"" + TRACE + "\"");
        send(HEADER + "{\"name\":\"no trace id\",\"id\":\"70de5b6f19ff9a0a\"}");
        send(HEADER + "{\"name\":\"kept\",\"trace_id\":\"" + TRACE + "\"}");
        awaitAccepted(1);

        assertThat(listener.dropped()).isEqualTo(4);
        assertThat(buffer.trace(TRACE).orElseThrow().segmentDocuments()).hasSize(1);
    }

    @Test
    void everyDatagramIsCountedWithItsBytesKeptOrNot() throws Exception {
        String kept = HEADER + "{\"name\":\"catalog\",\"trace_id\":\"" + TRACE + "\"}";
        String dropped = "{\"name\":\"no header\"}";

        send(kept);
        send(dropped);
        awaitAccepted(1);
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (listener.dropped() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }

        assertThat(buffer.volume().xrayDatagrams().messages()).isEqualTo(2);
        assertThat(buffer.volume().xrayDatagrams().bytes()).isEqualTo(kept.length() + dropped.length());
    }

    private void send(String datagram) throws IOException {
        byte[] bytes = datagram.getBytes(StandardCharsets.UTF_8);
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.send(new DatagramPacket(bytes, bytes.length, listener.address()));
        }
    }

    private void awaitAccepted(long count) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (listener.accepted() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(listener.accepted()).isEqualTo(count);
    }
}
