package o11yshop.benchmark.driver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One run of the simulation through Maven ({@code gatling:test}), its output in a log file; the load
 * generator is then Maven and the Gatling JVM it forks, both this JVM's children, so their CPU time is
 * counted once they end.
 */
final class GatlingRun {

    static final String SIMULATION = "o11yshop.benchmark.BrowseAndSearchSimulation";
    private static final Path RESULTS = Path.of("benchmark/target/gatling");

    private GatlingRun() {
    }

    /** The command line of a run against the shop at {@code shopUrl}, with the run's own settings last. */
    static List<String> command(String shopUrl, int users, int thinkTime, List<String> settings) {
        List<String> command = new ArrayList<>(List.of("./mvnw", "-B", "-q", "-f", "benchmark/pom.xml", "gatling:test",
                "-Dgatling.simulationClass=" + SIMULATION,
                "-Dshop.url=" + shopUrl, "-Dusers=" + users, "-DthinkTime=" + thinkTime));
        command.addAll(settings);
        return command;
    }

    /** Runs the simulation to its end; Maven's exit code (not 0 when more than 1 % of the requests failed). */
    static int run(List<String> command, Path log) {
        return ChildProcess.start(command, log, () -> { }).waitFor();
    }

    /** The report folders Gatling has written so far. */
    static Set<Path> reports() {
        if (!Files.isDirectory(RESULTS)) {
            return Set.of();
        }
        try (Stream<Path> folders = Files.list(RESULTS)) {
            return folders.filter(folder -> Files.isRegularFile(folder.resolve("index.html"))).collect(Collectors.toSet());
        } catch (IOException e) {
            return Set.of();
        }
    }

    /** The newest report not among those written before the run. */
    static Optional<Path> newReport(Set<Path> before) {
        return reports().stream().filter(folder -> !before.contains(folder)).max(Path::compareTo);
    }
}
