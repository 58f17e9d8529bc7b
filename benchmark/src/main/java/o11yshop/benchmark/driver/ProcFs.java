package o11yshop.benchmark.driver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the processes and the machine used, read from Linux's /proc. CPU time per request is the shop's
 * own cost; a load generator on the same cores skews it far less than it skews throughput and latency.
 * Elsewhere nothing is readable, every read is empty, and the report leaves the table out.
 */
final class ProcFs {

    private static final Path PROC = Path.of("/proc");

    /** The fields of /proc/[pid]/stat counted from the state (0), after the command name. */
    private static final int PARENT = 1;
    private static final int USER_TIME = 11;
    private static final int SYSTEM_TIME = 12;
    private static final int CHILDREN_USER_TIME = 13;
    private static final int CHILDREN_SYSTEM_TIME = 14;

    private ProcFs() {
    }

    static boolean readable() {
        return Files.isReadable(PROC.resolve("self/stat"));
    }

    /**
     * The fields of a stat line after the command name, which may hold spaces and parentheses: [1] the
     * parent, [11]/[12] user and system time, [13]/[14] those of the children it has waited for; in clock
     * ticks.
     */
    static String[] statFields(String statLine) {
        return statLine.substring(statLine.lastIndexOf(") ") + 2).strip().split(" ");
    }

    private static Optional<String[]> stat(String pid) {
        try {
            return Optional.of(statFields(Files.readString(PROC.resolve(pid).resolve("stat"))));
        } catch (IOException | RuntimeException gone) {
            return Optional.empty();
        }
    }

    /**
     * A process's CPU ticks so far; empty when it is gone. A JVM ({@code tree} false) counts its threads
     * in its own time; PostgreSQL ({@code tree} true) runs a process per connection: its own time, the
     * children it has reaped, and those still alive.
     */
    static OptionalLong cpuTicks(long pid, boolean tree) {
        Optional<String[]> stat = stat(Long.toString(pid));
        if (stat.isEmpty()) {
            return OptionalLong.empty();
        }
        String[] fields = stat.get();
        long ticks = field(fields, USER_TIME) + field(fields, SYSTEM_TIME);
        if (!tree) {
            return OptionalLong.of(ticks);
        }
        ticks += field(fields, CHILDREN_USER_TIME) + field(fields, CHILDREN_SYSTEM_TIME);
        for (String child : processIds()) {
            Optional<String[]> childStat = stat(child);
            if (childStat.isPresent() && field(childStat.get(), PARENT) == pid) {
                ticks += field(childStat.get(), USER_TIME) + field(childStat.get(), SYSTEM_TIME);
            }
        }
        return OptionalLong.of(ticks);
    }

    /** This JVM's reaped children: Maven and the Gatling JVM it forks, once their run has ended. */
    static OptionalLong reapedChildrenTicks() {
        return stat("self").map(fields -> OptionalLong.of(
                        field(fields, CHILDREN_USER_TIME) + field(fields, CHILDREN_SYSTEM_TIME)))
                .orElse(OptionalLong.empty());
    }

    /** The ticks the whole machine has been busy, all cores together (/proc/stat: user nice system idle iowait irq softirq steal …). */
    static OptionalLong machineBusyTicks() {
        try (Stream<String> lines = Files.lines(PROC.resolve("stat"))) {
            return lines.findFirst().map(ProcFs::busyTicks).map(OptionalLong::of).orElse(OptionalLong.empty());
        } catch (IOException | RuntimeException unreadable) {
            return OptionalLong.empty();
        }
    }

    static long busyTicks(String cpuLine) {
        String[] fields = cpuLine.strip().split("\\s+");
        long busy = 0;
        for (int field : new int[] {1, 2, 3, 6, 7, 8}) {
            busy += Long.parseLong(fields[field]);
        }
        return busy;
    }

    /** Resident memory now ({@code VmRSS}) or at its highest ({@code VmHWM}) in MiB; empty when unknown. */
    static String memoryMib(long pid, String field) {
        try (Stream<String> lines = Files.lines(PROC.resolve(Long.toString(pid)).resolve("status"))) {
            return lines.filter(line -> line.startsWith(field + ":"))
                    .map(line -> String.format(Locale.ROOT, "%.0f",
                            Long.parseLong(line.substring(field.length() + 1).strip().split("\\s+")[0]) / 1024.0))
                    .findFirst().orElse("");
        } catch (IOException | RuntimeException gone) {
            return "";
        }
    }

    /** "1.20 0.80 0.50": the load average over 1, 5 and 15 minutes; empty when unknown. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(PROC.resolve("loadavg")).strip().split(" ");
            return String.join(" ", fields[0], fields[1], fields[2]);
        } catch (IOException | RuntimeException unreadable) {
            return "";
        }
    }

    /**
     * Whether the process holds the listening socket of a TCP port: /proc/net/tcp{,6} give the socket's
     * inode, the process's file descriptors point at the sockets it holds. True where that cannot be read.
     */
    static boolean listensOn(long pid, int port) {
        Path tcp = PROC.resolve("net/tcp");
        if (!Files.isReadable(tcp)) {
            return true;
        }
        Set<String> inodes = new HashSet<>();
        for (Path table : List.of(tcp, PROC.resolve("net/tcp6"))) {
            try {
                inodes.addAll(listeningInodes(Files.readAllLines(table), port));
            } catch (IOException absent) {
                // a machine without IPv6 has no tcp6 table
            }
        }
        try (Stream<Path> descriptors = Files.list(PROC.resolve(Long.toString(pid)).resolve("fd"))) {
            return descriptors.anyMatch(descriptor -> {
                try {
                    String target = Files.readSymbolicLink(descriptor).toString();
                    return target.startsWith("socket:[") && inodes.contains(target.substring(8, target.length() - 1));
                } catch (IOException closed) {
                    return false;
                }
            });
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /** The inodes of the sockets listening on a port in a /proc/net/tcp table (local address ends in the port in hex, state 0A). */
    static Set<String> listeningInodes(List<String> table, int port) {
        String suffix = String.format(Locale.ROOT, ":%04X", port);
        Set<String> inodes = new HashSet<>();
        for (String line : table) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length > 9 && fields[1].endsWith(suffix) && fields[3].equals("0A")) {
                inodes.add(fields[9]);
            }
        }
        return inodes;
    }

    /** The embedded PostgreSQL's main process, which is not the launcher's child: found by its port. */
    static OptionalLong postmasterOnPort(int port) {
        Pattern postgres = postmasterCommand(port);
        for (String pid : processIds()) {
            try {
                String command = Files.readString(PROC.resolve(pid).resolve("cmdline")).replace('\0', ' ');
                if (postgres.matcher(command).find()) {
                    return OptionalLong.of(Long.parseLong(pid));
                }
            } catch (IOException | RuntimeException gone) {
                // ended while the list was read
            }
        }
        return OptionalLong.empty();
    }

    /** A postmaster's command line (arguments separated by spaces, one after the last) on that port. */
    static Pattern postmasterCommand(int port) {
        return Pattern.compile("bin/postgres .*-p " + port + " ");
    }

    /** The port the launcher says its embedded PostgreSQL listens on, from the launcher's log. */
    static OptionalLong databasePort(List<String> launcherLog) {
        Pattern ready = Pattern.compile("embedded PostgreSQL ready on [^ ]*:([0-9]+)");
        OptionalLong port = OptionalLong.empty();
        for (String line : launcherLog) {
            Matcher matcher = ready.matcher(line);
            if (matcher.find()) {
                port = OptionalLong.of(Long.parseLong(matcher.group(1)));
            }
        }
        return port;
    }

    private static List<String> processIds() {
        try (Stream<Path> entries = Files.list(PROC)) {
            List<String> pids = new ArrayList<>();
            entries.map(entry -> entry.getFileName().toString()).filter(name -> name.matches("[0-9]+")).forEach(pids::add);
            return pids;
        } catch (IOException unreadable) {
            return List.of();
        }
    }

    private static long field(String[] fields, int index) {
        return Long.parseLong(fields[index]);
    }
}
