package o11yshop.launcher.telemetry;

import java.time.Instant;
import java.util.concurrent.atomic.LongAdder;

/**
 * How much telemetry reached the launcher since it started, per channel, in messages and bytes — what
 * the services would have shipped to a real X-Ray daemon, collector or CloudWatch Logs (O-COMP-01):
 *
 * <ul>
 *   <li>X-Ray: every UDP datagram that reached the local daemon, kept or not, with its payload's bytes
 *       (header line and segment document);</li>
 *   <li>OTLP: every export the receiver took (answered 200), per signal, with the body's bytes as they came
 *       on the wire (gzipped, when the exporter compresses) and as decoded;</li>
 *   <li>the services' output: EMF lines (JSON objects with {@code _aws} metadata, which CloudWatch turns
 *       into metrics) and the other JSON log lines, with their UTF-8 bytes without the line break (the
 *       size of a CloudWatch log event's message).</li>
 * </ul>
 *
 * Counted with {@link LongAdder}s: the channels count from their own threads, and reading never stops them.
 */
public final class TelemetryVolume {

    /** The OTLP signals, each a path of the OTLP/HTTP receiver. */
    public enum Signal { TRACES, METRICS, LOGS }

    /** One signal's exports. */
    public static final class Exports {
        private final LongAdder requests = new LongAdder();
        private final LongAdder wireBytes = new LongAdder();
        private final LongAdder uncompressedBytes = new LongAdder();

        void add(long wire, long uncompressed) {
            requests.increment();
            wireBytes.add(wire);
            uncompressedBytes.add(uncompressed);
        }

        public long requests() {
            return requests.sum();
        }

        /** The bodies as they came: gzipped ones gzipped. */
        public long wireBytes() {
            return wireBytes.sum();
        }

        public long uncompressedBytes() {
            return uncompressedBytes.sum();
        }
    }

    /** Messages of one kind and their bytes. */
    public static final class Count {
        private final LongAdder messages = new LongAdder();
        private final LongAdder bytes = new LongAdder();

        void add(long size) {
            messages.increment();
            bytes.add(size);
        }

        public long messages() {
            return messages.sum();
        }

        public long bytes() {
            return bytes.sum();
        }
    }

    private final Instant since;
    private final Count xrayDatagrams = new Count();
    private final Exports[] otlp = {new Exports(), new Exports(), new Exports()};
    private final Count emfLines = new Count();
    private final Count logLines = new Count();

    public TelemetryVolume(Instant since) {
        this.since = since;
    }

    /** When counting began. */
    public Instant since() {
        return since;
    }

    public Count xrayDatagrams() {
        return xrayDatagrams;
    }

    public Exports otlp(Signal signal) {
        return otlp[signal.ordinal()];
    }

    public Count emfLines() {
        return emfLines;
    }

    /** JSON log lines that are not EMF. */
    public Count logLines() {
        return logLines;
    }

    /** The bytes of a line in UTF-8, counted without copying it. */
    static long utf8Length(String line) {
        long bytes = 0;
        int length = line.length();
        for (int i = 0; i < length; i++) {
            char c = line.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(line.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                // a lone surrogate is written as '?' by the encoder, one byte
                bytes += Character.isSurrogate(c) ? 1 : 3;
            }
        }
        return bytes;
    }
}
