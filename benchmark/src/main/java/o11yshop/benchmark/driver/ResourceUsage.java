package o11yshop.benchmark.driver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The CPU time and memory of a measured run: the shop's processes, the load generator, and the whole
 * machine, in clock ticks ({@code ticksPerSecond} of them a second).
 *
 * @param machineTicks null where the machine's busy time is not readable
 */
record ResourceUsage(List<ProcessUsage> shop, long loadGeneratorTicks, Long machineTicks, long ticksPerSecond) {

    /**
     * One of the shop's processes; {@code ticks} null when it ended during the run, memory in MiB or "-".
     *
     * @param service one of the launcher's services (not the edge, not the database)
     */
    record ProcessUsage(String name, boolean service, Long ticks, String rss, String peakRss) {
    }

    /** A process of the shop to measure; {@code tree}: with its children (PostgreSQL's process per connection). */
    record MeasuredProcess(String name, long pid, boolean tree, boolean service) {
    }

    /** The CPU ticks of the shop's processes at the start of the run. */
    record Snapshot(List<MeasuredProcess> processes, List<Long> ticks) {

        static Snapshot take(List<MeasuredProcess> processes) {
            return new Snapshot(processes, processes.stream()
                    .map(process -> ProcFs.cpuTicks(process.pid(), process.tree()).orElse(0)).toList());
        }

        List<ProcessUsage> since() {
            List<ProcessUsage> usage = new ArrayList<>();
            for (int i = 0; i < processes.size(); i++) {
                MeasuredProcess process = processes.get(i);
                var after = ProcFs.cpuTicks(process.pid(), process.tree());
                String rss = process.tree() ? "" : ProcFs.memoryMib(process.pid(), "VmRSS");
                String peak = process.tree() ? "" : ProcFs.memoryMib(process.pid(), "VmHWM");
                usage.add(new ProcessUsage(process.name(), process.service(),
                        after.isPresent() ? after.getAsLong() - ticks.get(i) : null,
                        rss.isEmpty() ? "-" : rss, peak.isEmpty() ? "-" : peak));
            }
            return usage;
        }
    }

    private List<ProcessUsage> measured() {
        return shop.stream().filter(process -> process.ticks() != null).toList();
    }

    private long shopTicks() {
        return measured().stream().mapToLong(ProcessUsage::ticks).sum();
    }

    private double seconds(long ticks) {
        return (double) ticks / ticksPerSecond;
    }

    private String perRequest(long ticks, long requests) {
        return String.format(Locale.ROOT, "%.2f", 1000 * seconds(ticks) / requests);
    }

    String table(long requests) {
        StringBuilder table = new StringBuilder()
                .append("| Process | CPU time (s) | CPU per request (ms) | Memory at the end (RSS, MiB) | Peak memory (RSS, MiB) |\n")
                .append("|---|---:|---:|---:|---:|\n");
        for (ProcessUsage process : shop) {
            if (process.ticks() == null) {
                table.append("| ").append(process.name()).append(" | ended during the run | | | |\n");
            } else {
                line(table, process.name(), process.ticks(), process.rss(), process.peakRss(), requests);
            }
        }
        if (!measured().isEmpty()) {
            line(table, "**the shop in total**", shopTicks(), "-", "-", requests);
        }
        line(table, "load generator (Maven + Gatling JVMs)", loadGeneratorTicks, "-", "-", requests);
        if (machineTicks != null) {
            line(table, measured().isEmpty() ? "everything else on the machine (the shop too, if it runs here)"
                    : "everything else on the machine", everythingElseTicks(), "-", "-", requests);
        }
        return table.toString();
    }

    private void line(StringBuilder table, String name, long ticks, String rss, String peak, long requests) {
        table.append(String.format(Locale.ROOT, "| %s | %.1f | %s | %s | %s |\n", name, seconds(ticks),
                perRequest(ticks, requests), rss, peak));
    }

    private long everythingElseTicks() {
        return machineTicks - shopTicks() - loadGeneratorTicks;
    }

    /** The shop's CPU per request in ms, as its total line shows it; empty without a process of the shop. */
    Optional<String> shopCpuPerRequest(long requests) {
        return measured().isEmpty() ? Optional.empty() : Optional.of(perRequest(shopTicks(), requests));
    }

    /** The services' peak RSS summed, in MiB; empty without a service. */
    Optional<String> servicesPeakRss() {
        List<ProcessUsage> services = shop.stream().filter(ProcessUsage::service).toList();
        if (services.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Long.toString(services.stream()
                .mapToLong(service -> service.peakRss().matches("[0-9]+") ? Long.parseLong(service.peakRss()) : 0)
                .sum()));
    }

    /** What other processes on the machine used meanwhile, in CPU seconds; empty where unknown. */
    Optional<String> everythingElseSeconds() {
        return machineTicks == null ? Optional.empty()
                : Optional.of(String.format(Locale.ROOT, "%.1f", seconds(everythingElseTicks())));
    }
}
