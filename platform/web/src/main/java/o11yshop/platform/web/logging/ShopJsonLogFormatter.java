package o11yshop.platform.web.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.json.JsonWriter.Members;
import org.springframework.boot.logging.StackTracePrinter;
import org.springframework.boot.logging.structured.JsonWriterStructuredLogFormatter;
import org.springframework.core.env.Environment;

/**
 * One JSON object per log line on stdout (O-LOG-01), shaped for CloudWatch Logs Insights: fixed
 * top-level fields (timestamp, level, service, version, logger, thread, message), then every value of
 * the logging context — {@code request_id} now, trace and user IDs once an observability adapter or
 * the security layer puts them there (O-LOG-04) — then the event's own key-value pairs (SLF4J's
 * {@code addKeyValue}, as the admin audit log writes its action and outcome), and the stack trace as
 * one string.
 */
public class ShopJsonLogFormatter extends JsonWriterStructuredLogFormatter<ILoggingEvent> {

    public ShopJsonLogFormatter(Environment environment, StackTracePrinter stackTracePrinter) {
        super(members -> describe(members, environment, stackTracePrinter), null);
    }

    private static void describe(Members<ILoggingEvent> members, Environment environment,
            StackTracePrinter stackTracePrinter) {
        String service = environment.getProperty("spring.application.name", "unknown");
        String version = environment.getProperty("shop.version", "dev");
        members.add("timestamp", event -> Instant.ofEpochMilli(event.getTimeStamp()).toString());
        members.add("level", event -> event.getLevel().toString());
        members.add("service", service);
        members.add("version", version);
        members.add("logger", ILoggingEvent::getLoggerName);
        members.add("thread", ILoggingEvent::getThreadName);
        members.add("message", ILoggingEvent::getFormattedMessage);
        members.addMapEntries(event -> sorted(event.getMDCPropertyMap()));
        members.addMapEntries(ShopJsonLogFormatter::keyValuePairs);
        members.add("exception", event -> event.getThrowableProxy())
                .whenNotNull()
                .as(proxy -> proxy instanceof ThrowableProxy throwableProxy
                        ? stackTrace(throwableProxy.getThrowable(), stackTracePrinter)
                        : proxy.getClassName() + ": " + proxy.getMessage());
    }

    private static Map<String, String> sorted(Map<String, String> context) {
        return new TreeMap<>(context);
    }

    private static Map<String, Object> keyValuePairs(ILoggingEvent event) {
        Map<String, Object> pairs = new LinkedHashMap<>();
        if (event.getKeyValuePairs() != null) {
            event.getKeyValuePairs().forEach(pair -> pairs.put(pair.key, pair.value));
        }
        return pairs;
    }

    private static String stackTrace(Throwable throwable, StackTracePrinter printer) {
        if (printer != null) {
            return printer.printStackTraceToString(throwable);
        }
        var writer = new java.io.StringWriter();
        throwable.printStackTrace(new java.io.PrintWriter(writer));
        return writer.toString();
    }
}
