package o11yshop.launcher;

import o11yshop.launcher.supervisor.LogSink;

/** Shows every child's log lines on the console, readable or raw as the user chose. */
public final class LogRelay implements LogSink {

    private final Console console;
    private final LogLineRenderer renderer;

    public LogRelay(Console console, LogLineRenderer renderer) {
        this.console = console;
        this.renderer = renderer;
    }

    @Override
    public void line(String source, String line) {
        console.lines(source, renderer.render(line));
    }
}
