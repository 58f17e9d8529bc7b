package o11yshop.launcher;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The command line, with the environment variables that stand in for its options. */
public record LauncherOptions(int port, int queuePort, boolean rawLogs, boolean frontEnd, String observability,
        boolean helpWanted) {

    public static final int DEFAULT_PORT = 8080;
    /** ElasticMQ's usual port, so that AWS CLI examples for it work as they are. */
    public static final int DEFAULT_QUEUE_PORT = 9324;
    /** Locally the AWS-native approach by default: the launcher plays its X-Ray daemon and the Lab shows it. */
    public static final String DEFAULT_OBSERVABILITY = "xray";
    /** The approaches a service can run with (platform-observability's modes). */
    public static final List<String> OBSERVABILITY_MODES = List.of("xray", "off");

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
        return new LauncherOptions(port, queuePort, rawLogs, frontEnd, observability, help);
    }

    private static String parseObservability(String value, String source) throws UsageException {
        String mode = value.strip().toLowerCase(Locale.ROOT);
        if (OBSERVABILITY_MODES.contains(mode)) {
            return mode;
        }
        throw new UsageException(source + " must be one of " + String.join(", ", OBSERVABILITY_MODES) + "; got: " + value);
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
                  --observability MODE
                                  xray (default): the X-Ray SDK's traces, caught by the launcher and shown at /lab
                                  off: no traces, the baseline for overhead measurements  (also $OBSERVABILITY_MODE)
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

                Exit codes:
                %s
                  130   stopped with Ctrl-C (143 when stopped with SIGTERM)
                """.formatted(exitCodes);
    }
}
