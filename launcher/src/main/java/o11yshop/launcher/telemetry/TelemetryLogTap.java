package o11yshop.launcher.telemetry;

import o11yshop.launcher.supervisor.LogSink;


/**
 * Reads the services' output as CloudWatch Logs would receive it from the awslogs driver: a JSON log
 * line with a {@code trace_id} joins its trace (O-CORR-01), and an EMF line — a JSON object with
 * {@code _aws} metadata — is kept as a metric line, which CloudWatch would turn into metrics.
 * Either is counted in the {@link TelemetryVolume}. Then the line goes on to the console unchanged.
 */
public final class TelemetryLogTap implements LogSink {

    private final TelemetryBuffer buffer;
    private final LogSink next;
    private final TelemetryVolume volume;

    public TelemetryLogTap(TelemetryBuffer buffer, LogSink next) {
        this.buffer = buffer;
        this.next = next;
        this.volume = buffer.volume();
    }

    @Override
    public void line(String source, String line) {
        if (line.startsWith("{")) {
            TopLevelFields.of(line).ifPresent(fields -> {
                if (fields.embeddedMetricFormat()) {
                    volume.emfLines().add(TelemetryVolume.utf8Length(line));
                    buffer.addMetricLine(source, line);
                } else {
                    volume.logLines().add(TelemetryVolume.utf8Length(line));
                }
                fields.traceId().ifPresent(traceId -> buffer.addLogLine(traceId, line));
            });
        }
        next.line(source, line);
    }
}
