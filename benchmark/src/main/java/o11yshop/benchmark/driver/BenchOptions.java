package o11yshop.benchmark.driver;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of {@code ./shop bench}, each with the environment variable that sets its default.
 *
 * @param url the running shop to measure, without a trailing slash; empty: start one
 * @param reportFile where the Markdown goes; null: {@code .shop/bench/<time>.md}
 */
record BenchOptions(int users, int duration, int rampUp, int warmUp, int thinkTime, int port, String url,
                    List<String> modes, List<String> samplings, int rounds, String reportFile, boolean rebuild,
                    boolean help) {

    static final List<String> MODES = List.of("off", "xray", "otel");
    static final List<String> SAMPLINGS = List.of("all", "default");

    static final String USAGE = """
            Usage: ./shop bench [options]

            Starts the shop (unless --url is given), warms it up, runs the load test (a quarter of the users buy:
            sign up, cart, checkout; the others browse and search)
            (benchmark/, Gatling) and prints a Markdown table per request: requests, errors, throughput,
            p50/p90/p95/p99 and max latency, with the machine and the settings; then the CPU and memory the
            shop used, and the telemetry it shipped to the launcher meanwhile (X-Ray segments, OTLP exports,
            EMF and JSON log lines, from GET /_launcher/telemetry/volume). The same is written to
            .shop/bench/<time>.md; Gatling's HTML report stays in benchmark/target/gatling/.

            Options (and the environment variables that set their defaults):
              --users N          concurrent shoppers, closed model             (SHOP_BENCH_USERS, 8)
              --duration S       seconds measured at full load                 (SHOP_BENCH_DURATION, 60)
              --ramp-up S        seconds from 0 to N shoppers, before that     (SHOP_BENCH_RAMP_UP, 10)
              --warm-up S        seconds of unrecorded load first; 0: none     (SHOP_BENCH_WARM_UP, 20)
              --think-time MS    pause between a shopper's pages; 0: none      (SHOP_BENCH_THINK_TIME, 0)
              --port N           the edge's port for the shop started here     (SHOP_BENCH_PORT, 8080)
              --url URL          load a shop that is already running there instead of starting one (SHOP_URL)
              --modes LIST       observability modes to compare, comma-separated: off, xray, otel
                                                                               (SHOP_BENCH_MODES, off)
              --sampling LIST    which requests the shop traces, comma-separated  (SHOP_BENCH_SAMPLING, all)
                                   all      every request (as ./shop run does, for the Lab)
                                   default  each approach's own default, as in AWS: X-Ray 1 request a second
                                            and 5 % of the rest, OpenTelemetry parentbased_traceidratio 0.05
                                 with several modes or samplings (or --rounds > 1) the shop is started once per
                                 (mode, sampling) and round, interleaved (off/all, xray/all, otel/all, off/default,
                                 …, then the next round), and a comparison table is written: each mean with its
                                 ratio to off of the same sampling
              --rounds N         how many times each (mode, sampling) is measured    (SHOP_BENCH_ROUNDS, 1)
              --report FILE      where the Markdown goes (default .shop/bench/<time>.md)
              --rebuild          build the services and the launcher again first (else only missing jars)
              -h, --help         show this help

            The run fails (exit 1) when more than 1 % of the requests fail; timings never fail it.
            """;

    private static final Set<String> WITH_VALUE = Set.of("--users", "--duration", "--ramp-up", "--warm-up",
            "--think-time", "--port", "--url", "--modes", "--sampling", "--rounds", "--report");

    /** With several modes, samplings or rounds the runs are interleaved and compared. */
    boolean compares() {
        return modes.size() > 1 || samplings.size() > 1 || rounds > 1;
    }

    /**
     * Reads the command line over the defaults from the environment; every value is checked after all are
     * read, as the usage promises, and {@code -h} wins over any value not yet checked.
     */
    static BenchOptions parse(List<String> args, Map<String, String> env) {
        String users = env.getOrDefault("SHOP_BENCH_USERS", "8");
        String duration = env.getOrDefault("SHOP_BENCH_DURATION", "60");
        String rampUp = env.getOrDefault("SHOP_BENCH_RAMP_UP", "10");
        String warmUp = env.getOrDefault("SHOP_BENCH_WARM_UP", "20");
        String thinkTime = env.getOrDefault("SHOP_BENCH_THINK_TIME", "0");
        String port = env.getOrDefault("SHOP_BENCH_PORT", "8080");
        String url = env.getOrDefault("SHOP_URL", "");
        String modes = env.getOrDefault("SHOP_BENCH_MODES", "off");
        String samplings = env.getOrDefault("SHOP_BENCH_SAMPLING", "all");
        String rounds = env.getOrDefault("SHOP_BENCH_ROUNDS", "1");
        String reportFile = null;
        boolean rebuild = false;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (WITH_VALUE.contains(option)) {
                if (i + 1 >= args.size()) {
                    throw new BenchFailure(option + " needs a value");
                }
                String value = args.get(++i);
                switch (option) {
                    case "--users" -> users = value;
                    case "--duration" -> duration = value;
                    case "--ramp-up" -> rampUp = value;
                    case "--warm-up" -> warmUp = value;
                    case "--think-time" -> thinkTime = value;
                    case "--port" -> port = value;
                    case "--url" -> url = value;
                    case "--modes" -> modes = value;
                    case "--sampling" -> samplings = value;
                    case "--rounds" -> rounds = value;
                    default -> reportFile = value;
                }
            } else if (option.equals("--rebuild")) {
                rebuild = true;
            } else if (option.equals("-h") || option.equals("--help")) {
                return new BenchOptions(0, 0, 0, 0, 0, 0, "", List.of(), List.of(), 0, null, false, true);
            } else {
                throw new UsageFailure("unknown option: " + option);
            }
        }
        BenchOptions options = new BenchOptions(
                count("--users", users, 1), count("--duration", duration, 1), count("--ramp-up", rampUp, 0),
                count("--warm-up", warmUp, 0), count("--think-time", thinkTime, 0), count("--port", port, 1),
                url.endsWith("/") ? url.substring(0, url.length() - 1) : url,
                list("--modes", modes, MODES), list("--sampling", samplings, SAMPLINGS),
                count("--rounds", rounds, 1), reportFile, rebuild, false);
        if (!options.url().isEmpty() && options.compares()) {
            throw new BenchFailure("--url measures one running shop as it runs;"
                    + " --modes, --sampling and --rounds start shops of their own");
        }
        return options;
    }

    private static int count(String option, String value, int min) {
        if (value.matches("[0-9]{1,9}") && Integer.parseInt(value) >= min) {
            return Integer.parseInt(value);
        }
        throw new BenchFailure(option + " must be a whole number >= " + min + "; got: " + value);
    }

    /** A comma-separated list of allowed values, blanks ignored; each value at most once, at least one. */
    private static List<String> list(String option, String value, List<String> allowed) {
        String names = String.join(", ", allowed);
        Set<String> items = new LinkedHashSet<>();
        for (String item : value.split(",", -1)) {
            item = item.replaceAll("\\s", "");
            if (item.isEmpty()) {
                continue;
            }
            if (!allowed.contains(item)) {
                throw new BenchFailure(option + ": each value is one of " + names + "; got: " + item);
            }
            if (!items.add(item)) {
                throw new BenchFailure(option + ": " + item + " is listed twice");
            }
        }
        if (items.isEmpty()) {
            throw new BenchFailure(option + " needs at least one of: " + names);
        }
        return List.copyOf(items);
    }
}
