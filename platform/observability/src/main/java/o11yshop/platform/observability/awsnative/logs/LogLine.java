package o11yshop.platform.observability.awsnative.logs;

import java.nio.charset.StandardCharsets;

/**
 * One log line on its way to CloudWatch Logs: the JSON the console got, and when it was logged.
 *
 * @param timestamp milliseconds since the epoch, as PutLogEvents takes them
 * @param message the line, without its line break
 * @param size what the line counts for against a batch's limit: its UTF-8 bytes plus the event's overhead
 */
record LogLine(long timestamp, String message, int size) {

    /** CloudWatch Logs adds this many bytes to each event's message when it measures a batch. */
    static final int EVENT_OVERHEAD_BYTES = 26;

    /** The largest event, overhead included. */
    static final int MAX_EVENT_BYTES = 256 * 1024;

    /** What a cut line ends with, as the CloudWatch agent marks it: the reader sees the line is incomplete. */
    static final String TRUNCATED_MARK = "[Truncated...]";

    /** A line of any length; one longer than an event may be is cut to fit, rather than fail its whole batch. */
    static LogLine of(long timestamp, String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        if (bytes.length + EVENT_OVERHEAD_BYTES <= MAX_EVENT_BYTES) {
            return new LogLine(timestamp, message, bytes.length + EVENT_OVERHEAD_BYTES);
        }
        int keep = MAX_EVENT_BYTES - EVENT_OVERHEAD_BYTES - TRUNCATED_MARK.length();
        // never cut a character in two: step back over UTF-8 continuation bytes (10xxxxxx)
        while ((bytes[keep] & 0xC0) == 0x80) {
            keep--;
        }
        String truncated = new String(bytes, 0, keep, StandardCharsets.UTF_8) + TRUNCATED_MARK;
        return new LogLine(timestamp, truncated, keep + TRUNCATED_MARK.length() + EVENT_OVERHEAD_BYTES);
    }
}
