package o11yshop.benchmark.driver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * {@code ./shop bench}: load-tests the shop with the Gatling simulation and writes the results as Markdown
 * (O-COMP-01). Run from the repository's root; {@code ./shop bench --help} says how.
 */
public final class Bench {

    private static final Path OUT_DIR = Path.of(".shop/bench");
    private static final DateTimeFormatter TITLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private final BenchOptions options;
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final int startTimeoutSeconds;

    private Bench(BenchOptions options, int startTimeoutSeconds) {
        this.options = options;
        this.startTimeoutSeconds = startTimeoutSeconds;
    }

    /** What one measured run gave: its report, and whether more than 1 % of its requests failed. */
    private record Outcome(RunReport report, boolean failed) {
    }

    public static void main(String[] args) {
        // before the shop starts: how busy the machine already was
        String loadAverage = ProcFs.loadAverage();
        try {
            BenchOptions options = BenchOptions.parse(List.of(args), System.getenv());
            if (options.help()) {
                System.out.print(BenchOptions.USAGE);
                return;
            }
            Bench bench = new Bench(options,
                    Integer.parseInt(System.getenv().getOrDefault("SHOP_BENCH_START_TIMEOUT", "300")));
            if (options.compares()) {
                bench.compare();
            } else {
                bench.measureOnce(loadAverage);
            }
        } catch (BenchFailure failure) {
            if (failure instanceof UsageFailure) {
                System.err.print(BenchOptions.USAGE);
            }
            say(failure.getMessage());
            System.exit(1);
        }
        System.exit(0);
    }

    static void say(String message) {
        System.err.println("[bench] " + message);
    }

    /** The last 40 lines of a log, above the message that names it. */
    static void showTail(Path log) {
        List<String> lines = lines(log);
        lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(System.err::println);
    }

    static List<String> lines(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private void measureOnce(String loadAverage) {
        Outcome outcome;
        if (options.url().isEmpty()) {
            LaunchedShop.buildJars(options.rebuild());
            String mode = options.modes().getFirst();
            String sampling = options.samplings().getFirst();
            try (LaunchedShop shop = LaunchedShop.start(java, options.port(), mode, sampling, startTimeoutSeconds)) {
                outcome = measure(shop.api(), shop, new RunReport.Observability(mode, sampling, shop.notCaught(),
                        shop.startSeconds()), reportFile(), true, loadAverage);
            }
        } else {
            say("measuring the shop at " + options.url());
            outcome = measure(new LauncherApi(options.url()), null, null, reportFile(), true, loadAverage);
        }
        if (outcome.failed()) {
            throw new BenchFailure("more than 1 % of the requests failed");
        }
    }

    private Path reportFile() {
        return options.reportFile() == null ? null : Path.of(options.reportFile());
    }

    /**
     * Each (mode, sampling) in each round gets a shop of its own and a report of its own, interleaved; the
     * comparison of their numbers is printed and written beside them.
     */
    private void compare() {
        LaunchedShop.buildJars(options.rebuild());
        Path dir = OUT_DIR.resolve("modes-" + ZonedDateTime.now().format(STAMP));
        createDirectories(dir);
        List<Comparison.Row> rows = new ArrayList<>();
        for (RunPlan.Run run : RunPlan.interleave(options.modes(), options.samplings(), options.rounds())) {
            Path file = dir.resolve(run.name() + ".md");
            say("==== round " + run.round() + " of " + options.rounds() + ", observability " + run.mode()
                    + ", sampling " + run.sampling() + " ====");
            String loadAverage = ProcFs.loadAverage();
            Outcome outcome;
            int startSeconds;
            try (LaunchedShop shop = LaunchedShop.start(java, options.port(), run.mode(), run.sampling(),
                    startTimeoutSeconds)) {
                startSeconds = shop.startSeconds();
                outcome = measure(shop.api(), shop, new RunReport.Observability(run.mode(), run.sampling(),
                        shop.notCaught(), startSeconds), file, false, loadAverage);
                if (outcome.failed()) {
                    throw new BenchFailure("more than 1 % of the requests failed");
                }
            } catch (BenchFailure failure) {
                say(failure.getMessage());
                throw new BenchFailure("the " + run.mode() + " run with sampling " + run.sampling() + " of round "
                        + run.round() + " failed; see " + file + " and " + OUT_DIR);
            }
            rows.add(outcome.report().comparisonRow(run.name(), run.mode(), run.sampling(), startSeconds));
        }
        Path summary = dir.resolve("comparison.md");
        String comparison = Comparison.markdown(rows);
        System.out.print(comparison);
        write(summary, comparison);
        say("reports in " + dir + "; the comparison in " + summary);
    }

    /**
     * Warms the shop up, then measures it: the CPU of its processes, the load generator and the machine, and
     * the telemetry it shipped, read just before and just after the measured Gatling run.
     *
     * @param shop the shop started for this run; null for one already running
     * @param started its mode and sampling; null for one already running
     * @param reportFile null: {@code .shop/bench/<time>.md}
     */
    private Outcome measure(LauncherApi api, LaunchedShop shop, RunReport.Observability started, Path reportFile,
                            boolean print, String loadAverage) {
        ZonedDateTime now = ZonedDateTime.now();
        String stamp = now.format(STAMP);
        createDirectories(OUT_DIR);
        String url = api.shopUrl();
        if (options.warmUp() > 0) {
            Path warmUpLog = OUT_DIR.resolve(stamp + "-warm-up.log");
            say("warming up: " + options.warmUp() + " s, " + options.users() + " shoppers, not recorded (log: "
                    + warmUpLog + ")…");
            if (GatlingRun.run(GatlingRun.command(url, options.users(), options.thinkTime(), List.of(
                    "-Dduration=" + options.warmUp(), "-DrampUp=0", "-Dgatling.noReports=true")), warmUpLog) != 0) {
                showTail(warmUpLog);
                throw new BenchFailure("the warm-up failed; see " + warmUpLog);
            }
        }

        Path gatlingLog = OUT_DIR.resolve(stamp + "-gatling.log");
        Set<Path> reportsBefore = GatlingRun.reports();
        ResourceUsage.Snapshot shopBefore = ResourceUsage.Snapshot.take(shop == null ? List.of() : shop.processes());
        var volumeBefore = api.volume();
        OptionalLong loadBefore = ProcFs.reapedChildrenTicks();
        OptionalLong machineBefore = ProcFs.machineBusyTicks();
        long windowStart = System.nanoTime();
        say("measuring: " + options.users() + " shoppers, " + options.rampUp() + " s ramp-up + " + options.duration()
                + " s (log: " + gatlingLog + ")…");
        String observability = started == null ? "the running shop's"
                : started.mode() + ", sampling " + started.sampling();
        int status = GatlingRun.run(GatlingRun.command(url, options.users(), options.thinkTime(), List.of(
                "-Dduration=" + options.duration(), "-DrampUp=" + options.rampUp(),
                "-Dgatling.runDescription=o11y-shop, observability "
                        + (started == null ? options.modes().getFirst() : started.mode()) + ", sampling "
                        + (started == null ? options.samplings().getFirst() : started.sampling()) + ", "
                        + options.users() + " users")),
                gatlingLog);
        List<ResourceUsage.ProcessUsage> shopUsage = shopBefore.since();
        TelemetryVolume volume = volumeBefore.flatMap(before -> api.volume().map(after -> after.since(before)))
                .orElse(null);
        int windowSeconds = LaunchedShop.secondsSince(windowStart);
        ResourceUsage resources = null;
        if (loadBefore.isPresent()) {
            OptionalLong machineAfter = ProcFs.machineBusyTicks();
            resources = new ResourceUsage(shopUsage,
                    ProcFs.reapedChildrenTicks().orElse(0) - loadBefore.getAsLong(),
                    machineBefore.isPresent() && machineAfter.isPresent()
                            ? machineAfter.getAsLong() - machineBefore.getAsLong() : null,
                    Machine.ticksPerSecond());
        }

        Path gatlingReport = GatlingRun.newReport(reportsBefore).orElseThrow(() -> {
            showTail(gatlingLog);
            return new BenchFailure("Gatling wrote no report; see " + gatlingLog);
        });
        List<GatlingReport.Row> rows;
        Path page = gatlingReport.resolve("index.html");
        try {
            rows = GatlingReport.parse(Files.readString(page));
        } catch (IOException | GatlingReport.UnexpectedReportException e) {
            throw new BenchFailure(page + ": " + e.getMessage());
        }
        RunReport report = new RunReport(now.format(TITLE),
                RunReport.settings(options, url, started, Machine.commit()), Machine.describe(java, loadAverage),
                observability, rows, resources, windowSeconds, Machine.cores(), volume, gatlingReport, gatlingLog,
                status != 0);
        Path file = reportFile == null ? OUT_DIR.resolve(stamp + ".md") : reportFile;
        String markdown = report.markdown();
        if (print) {
            System.out.print(markdown);
        }
        write(file, markdown);
        say("written to " + file);
        return new Outcome(report, status != 0);
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new BenchFailure("could not write " + file + ": " + e.getMessage());
        }
    }
}
