package o11yshop.launcher.telemetry;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The one name a trace has in the Lab, whichever way it was sent. X-Ray writes a trace ID as
 * {@code 1-5759e988-bd862e3fe1be46a994272793}: a version, the start time in epoch seconds (8 hex digits)
 * and 96 random bits. OpenTelemetry with the AWS X-Ray ID generator makes the same 128 bits and sends
 * them as 32 hex digits. So 32 hex digits whose first 8 read as a recent time are shown in X-Ray form;
 * any other trace ID (the W3C default, fully random) stays as it came. About one random ID in 1,600
 * passes for an X-Ray one by chance; that changes only how it is written.
 */
final class TraceIdForm {

    /** X-Ray itself takes no trace that started more than 30 days ago. */
    private static final Duration OLDEST = Duration.ofDays(30);
    /** Room for a service whose clock runs ahead of the launcher's. */
    private static final Duration NEWEST = Duration.ofDays(1);

    private TraceIdForm() {
    }

    /** @param traceId the 16 bytes of an OTLP trace ID */
    static String of(byte[] traceId, Instant now) {
        String hex = HexFormat.of().formatHex(traceId);
        long epochSeconds = Long.parseLong(hex.substring(0, 8), 16);
        Instant start = Instant.ofEpochSecond(epochSeconds);
        boolean madeByXRayGenerator = !start.isBefore(now.minus(OLDEST)) && !start.isAfter(now.plus(NEWEST));
        return madeByXRayGenerator ? "1-" + hex.substring(0, 8) + "-" + hex.substring(8) : hex;
    }
}
