package o11yshop.benchmark.driver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The machine the benchmark ran on, and the commands the report asks it about. */
final class Machine {

    private Machine() {
    }

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The lines of the report's "Machine" section. */
    static List<String> describe(String java, String loadAverageAtStart) {
        String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name", ": ")
                .or(() -> output("sysctl", "-n", "machdep.cpu.brand_string")).orElse("unknown");
        String memory = firstValue(Path.of("/proc/meminfo"), "MemTotal", ":")
                .map(kib -> gib(Long.parseLong(kib.strip().split("\\s+")[0]) * 1024))
                .or(() -> output("sysctl", "-n", "hw.memsize").map(bytes -> gib(Long.parseLong(bytes.strip()))))
                .orElse("");
        String os = firstValue(Path.of("/etc/os-release"), "PRETTY_NAME", "=")
                .map(name -> name.replaceAll("^\"|\"$", "") + ", ").orElse("")
                + output("uname", "-srm").orElse("");
        List<String> lines = new ArrayList<>(List.of(
                "- CPU: " + cores() + " cores (" + cpu + ")",
                "- Memory: " + memory,
                "- OS: " + os,
                "- Java (Gatling, and the shop when started here): "
                        + String.join("; ", output(java, "-version").orElse("").lines().limit(2).toList())));
        if (!loadAverageAtStart.isEmpty()) {
            lines.add("- Load average when the benchmark started (1, 5, 15 min): " + loadAverageAtStart);
        }
        return lines;
    }

    /** "abc1234", with ", with uncommitted changes" when the working tree has any; "unknown" outside git. */
    static String commit() {
        String commit = output("git", "rev-parse", "--short", "HEAD").map(String::strip).orElse("unknown");
        return output("git", "status", "--porcelain").filter(status -> !status.isBlank()).isPresent()
                ? commit + ", with uncommitted changes" : commit;
    }

    /** The clock ticks a second that /proc counts CPU time in. */
    static long ticksPerSecond() {
        return output("getconf", "CLK_TCK").map(String::strip).filter(ticks -> ticks.matches("[0-9]+"))
                .map(Long::parseLong).orElse(100L);
    }

    private static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.1f GiB", bytes / 1073741824.0);
    }

    /** The value of the first line of a file that starts with the key, after the separator. */
    private static Optional<String> firstValue(Path file, String key, String separator) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith(key) && line.contains(separator))
                    .map(line -> line.substring(line.indexOf(separator) + separator.length()).strip())
                    .findFirst();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** A command's output (standard output and error together) when it ends with 0 within 30 s. */
    static Optional<String> output(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0
                    ? Optional.of(output.strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
