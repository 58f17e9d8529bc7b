package o11yshop.launcher;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The command line, with the environment variables that stand in for its options. */
public record LauncherOptions(int port, int queuePort, boolean rawLogs, boolean frontEnd, String observability,
        String sampling, boolean helpWanted) {

    public static final int DEFAULT_PORT = 8080;
    /** ElasticMQ's usual port, so that AWS CLI examples for it work as they are. */
    public static final int DEFAULT_QUEUE_PORT = 9324;
    /** Locally the AWS-native approach by default: the launcher plays its X-Ray daemon and the Lab shows it. */
    public static final String DEFAULT_OBSERVABILITY = "xray";
    /** The approaches a service can run with (platform-observability's modes). */
    public static final List<String> OBSERVABILITY_MODES = List.of("xray", "otel", "off");
    /**
     * Locally every request is traced by default: a learner looks at the request just made. {@code default}
     * leaves each adapter's own sampling, as in AWS, for measuring what tracing costs there.
     */
    public static final String DEFAULT_SAMPLING = "all";
    public static final List<String> SAMPLINGS = List.of("all", "default");

    /** A command line that cannot work; its message says why. */
    public static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    public static LauncherOptions parse(String[] args, Map<String, String> environment) throws UsageException {
        int port = environment.containsKey("SHOP_PORT")
                ? parsePort(environment.get("SHOP_PORT"), "SHOP_PORT")
                : DEFAULT_PORT;
        int queuePort = environment.containsKey("SHOP_QUEUE_PORT")
                ? parsePort(environment.get("SHOP_QUEUE_PORT"), "SHOP_QUEUE_PORT")
                : DEFAULT_QUEUE_PORT;
        boolean rawLogs = "json".equalsIgnoreCase(environment.getOrDefault("SHOP_LOG_FORMAT", ""));
        String observability = parseObservability(
                environment.getOrDefault("OBSERVABILITY_MODE", DEFAULT_OBSERVABILITY), "OBSERVABILITY_MODE");
        String sampling = parseSampling(environment.getOrDefault("SHOP_SAMPLING", DEFAULT_SAMPLING), "SHOP_SAMPLING");
        boolean frontEnd = true;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--port")) {
                if (i + 1 == args.length) {
                    throw new UsageException("--port needs a number");
                }
                port = parsePort(args[++i], "--port");
            } else if (arg.startsWith("--port=")) {
                port = parsePort(arg.substring("--port=".length()), "--port");
            } else if (arg.equals("--observability")) {
                if (i + 1 == args.length) {
                    throw new UsageException("--observability needs a mode: " + String.join(", ", OBSERVABILITY_MODES));
                }
                observability = parseObservability(args[++i], "--observability");
            } else if (arg.startsWith("--observability=")) {
                observability = parseObservability(arg.substring("--observability=".length()), "--observability");
            } else if (arg.equals("--sampling")) {
                if (i + 1 == args.length) {
                    throw new UsageException("--sampling needs one of: " + String.join(", ", SAMPLINGS));
                }
                sampling = parseSampling(args[++i], "--sampling");
            } else if (arg.startsWith("--sampling=")) {
                sampling = parseSampling(arg.substring("--sampling=".length()), "--sampling");
            } else if (arg.equals("--raw-logs")) {
                rawLogs = true;
            } else if (arg.equals("--no-frontend")) {
                frontEnd = false;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else {
                throw new UsageException("unknown option: " + arg);
            }
        }
        return new LauncherOptions(port, queuePort, rawLogs, frontEnd, observability, sampling, help);
    }

    private static String parseObservability(String value, String source) throws UsageException {
        String mode = value.strip().toLowerCase(Locale.ROOT);
        if (OBSERVABILITY_MODES.contains(mode)) {
            return mode;
        }
        throw new UsageException(source + " must be one of " + String.join(", ", OBSERVABILITY_MODES) + "; got: " + value);
    }

    private static String parseSampling(String value, String source) throws UsageException {
        String sampling = value.strip().toLowerCase(Locale.ROOT);
        if (SAMPLINGS.contains(sampling)) {
            return sampling;
        }
        throw new UsageException(source + " must be one of " + String.join(", ", SAMPLINGS) + "; got: " + value);
    }

    private static int parsePort(String value, String source) throws UsageException {
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below, with the same message as an out-of-range number
        }
        throw new UsageException(source + " must be a port number (1-65535); got: " + value);
    }

    public static String helpText() {
        String exitCodes = Stream.of(ExitCode.values())
                .map(exit -> String.format("  %-5d %s", exit.code(), exit.meaning()))
                .collect(Collectors.joining("\n"));
        return """
                Usage: ./shop run [options]      (or: java -jar launcher/target/launcher.jar [options])

                Runs o11y-shop on this machine: an embedded PostgreSQL, every service as its own JVM,
                and the edge on http://localhost:8080 that serves the front end and routes /api.

                Options:
                  --port N        the edge's port (default: $SHOP_PORT, else 8080)
                  --observability MODE  (also $OBSERVABILITY_MODE)
                                  xray (default): the X-Ray SDK's segments and EMF metrics, caught by the
                                                  launcher's X-Ray daemon (udp 2000) and shown at /lab
                                  otel: the OpenTelemetry SDK's telemetry over OTLP/HTTP, caught by the
                                        launcher's receiver (tcp 4318) and shown at /lab
                                  off: no traces or metrics; the baseline for overhead measurements
                  --sampling WHICH  which requests are traced  (also $SHOP_SAMPLING)
                                  all (default): every request, so that the Lab shows the one just made
                                                 (X-Ray: a rules file that samples everything;
                                                 OpenTelemetry: OTEL_TRACES_SAMPLER=parentbased_always_on)
                                  default: each approach's own default, as in AWS: X-Ray 1 request a second
                                           and 5 %% of the rest; OpenTelemetry parentbased_traceidratio 0.05
                                           (an OTEL_TRACES_SAMPLER or SHOP_OBSERVABILITY_XRAY_SAMPLING_RULES
                                           set in this shell is not passed on to the services)
                  --raw-logs      show the services' JSON log lines as they are (also SHOP_LOG_FORMAT=json)
                  --no-frontend   serve only /api and /_launcher, not the front end
                  -h, --help      show this help

                Environment:
                  SHOP_DB_URL     use this database server instead of an embedded PostgreSQL:
                                  jdbc:postgresql://host:port/db   (a schema per service)
                                  jdbc:mysql://host:port/          (a database per service)
                                  with SHOP_DB_USER and SHOP_DB_PASSWORD
                  SHOP_QUEUE_PORT the port of the embedded SQS-compatible queues (default: 9324)
                  SHOP_ROOT       the repository folder (default: found from the working directory)
                  NO_COLOR        no colours, even on a terminal

                Control API (to break the shop on purpose):
                  GET  /_launcher/services                 every service's state
                  POST /_launcher/services/{name}/stop     stop one; the rest keep running
                  POST /_launcher/services/{name}/start    start it again

                Telemetry API (what the Lab reads):
                  GET  /_launcher/telemetry/traces, /metrics, /otlp/metrics, /otlp/logs
                  GET  /_launcher/telemetry/volume         what arrived per channel since the start, in
                                                           messages and bytes (./shop bench reads it)

                Exit codes:
                %s
                  130   stopped with Ctrl-C (143 when stopped with SIGTERM)
                """.formatted(exitCodes);
    }
}
