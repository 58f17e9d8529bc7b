package o11yshop.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The launcher's one output: its own progress lines and every process's log lines, each prefixed with
 * where it came from. Synchronized so that lines from parallel processes never interleave mid-line.
 */
public final class Console {

    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";
    private static final String[] SOURCE_COLOURS = {
            "\u001B[36m", "\u001B[35m", "\u001B[33m", "\u001B[32m", "\u001B[34m", "\u001B[96m", "\u001B[95m"};

    private final PrintStream out;
    private final boolean colour;
    private final List<String> sources;
    private final int sourceWidth;

    /** @param sources the names of the processes whose lines are shown, to align and colour them */
    public Console(PrintStream out, boolean colour, List<String> sources) {
        this.out = out;
        this.colour = colour;
        this.sources = List.copyOf(sources);
        this.sourceWidth = sources.stream().mapToInt(String::length).max().orElse(0);
    }

    /** Colours only for a terminal, and never when the user asked for none (https://no-color.org). */
    public static boolean colourSuits(Map<String, String> environment) {
        return System.console() != null
                && environment.getOrDefault("NO_COLOR", "").isEmpty()
                && !"dumb".equals(environment.get("TERM"));
    }

    public synchronized void launcher(String message) {
        out.println(styled(BOLD, "[launcher]") + " " + message);
    }

    public synchronized void lines(String source, List<String> lines) {
        int index = sources.indexOf(source);
        String style = SOURCE_COLOURS[Math.max(index, 0) % SOURCE_COLOURS.length];
        String prefix = styled(style, String.format("%-" + sourceWidth + "s |", source)) + " ";
        for (String line : lines) {
            out.println(prefix + line);
        }
    }

    public synchronized void plain(String text) {
        out.println(text);
    }

    /** A duration as the progress lines say it, e.g. {@code 4.2 s}. */
    public static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private String styled(String style, String text) {
        return colour ? style + text + RESET : text;
    }
}
