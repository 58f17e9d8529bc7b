package o11yshop.platform.observability.otel.logs;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.instrumentation.logback.appender.v1_0.OpenTelemetryAppender;
import org.slf4j.LoggerFactory;

/**
 * Log records over OTLP (O-LOG-03's OpenTelemetry way), beside the stdout lines: OpenTelemetry's
 * Logback appender, added to the root logger, turns each event into a log record that carries the
 * current span's trace and span IDs in the record itself (not as text) and the logging context as
 * attributes. The collector then writes them to CloudWatch Logs. Off unless {@code OTEL_LOGS_EXPORTER=otlp}.
 */
public final class OtlpLogShipping {

    private static final String APPENDER_NAME = "OTLP";

    private final OpenTelemetryAppender appender;

    private OtlpLogShipping(OpenTelemetryAppender appender) {
        this.appender = appender;
    }

    public static OtlpLogShipping install(OpenTelemetry openTelemetry) {
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        OpenTelemetryAppender appender = new OpenTelemetryAppender();
        appender.setName(APPENDER_NAME);
        appender.setContext(logging);
        appender.setCaptureMdcAttributes("*");
        appender.setCaptureExperimentalAttributes(true);
        appender.start();
        logging.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
        OpenTelemetryAppender.install(openTelemetry);
        return new OtlpLogShipping(appender);
    }

    public void uninstall() {
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        appender.stop();
    }
}
