package o11yshop.platform.observability.awsnative.logs;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.logback.StructuredLogEncoder;

/**
 * A Logback appender on the root logger that formats each event with the structured-logging format the
 * console uses — Spring Boot's own encoder, with the same format and the same Environment — so that a
 * line in CloudWatch Logs is, byte for byte, the line on stdout: trace, span, request and user IDs,
 * service and version included. Formatting happens here, on the thread that logs, while the logging
 * context (MDC) is still the request's; the shipper's thread only sends.
 */
final class CloudWatchLogsAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

    /**
     * Loggers whose lines are written while lines are shipped — the AWS SDK, its HTTP client, the shipper
     * itself: shipping them would make more lines to ship, and a failure would feed on itself.
     */
    private static final List<String> NOT_SHIPPED = List.of("software.amazon.awssdk.", "org.apache.http.",
            CloudWatchLogsAppender.class.getPackageName() + ".");

    private final StructuredLogEncoder encoder;
    private final CloudWatchLogsShipper shipper;

    private CloudWatchLogsAppender(StructuredLogEncoder encoder, CloudWatchLogsShipper shipper) {
        this.encoder = encoder;
        this.shipper = shipper;
    }

    /**
     * @param format the structured-logging format, as {@code logging.structured.format.console} names it
     */
    static CloudWatchLogsAppender attachToRootLogger(String format, CloudWatchLogsShipper shipper) {
        LoggerContext context = logbackContext();
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat(format);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        CloudWatchLogsAppender appender = new CloudWatchLogsAppender(encoder, shipper);
        appender.setContext(context);
        appender.setName("CLOUDWATCH_LOGS");
        appender.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
        return appender;
    }

    /** Stops taking lines; what is waiting is the shipper's to send. */
    void detach() {
        ((LoggerContext) getContext()).getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(this);
        stop();
        encoder.stop();
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (isNotShipped(event.getLoggerName())) {
            return;
        }
        // the console's line ends with a line break, which a CloudWatch Logs event does not carry
        String line = new String(encoder.encode(event), StandardCharsets.UTF_8).stripTrailing();
        shipper.offer(LogLine.of(event.getTimeStamp(), line));
    }

    private static boolean isNotShipped(String loggerName) {
        return NOT_SHIPPED.stream().anyMatch(loggerName::startsWith);
    }

    private static LoggerContext logbackContext() {
        ILoggerFactory loggers = LoggerFactory.getILoggerFactory();
        if (loggers instanceof LoggerContext context) {
            return context;
        }
        throw new IllegalStateException("Shipping logs to CloudWatch Logs needs Logback, Spring Boot's default, "
                + "but the logging back end is " + loggers.getClass().getName());
    }
}
