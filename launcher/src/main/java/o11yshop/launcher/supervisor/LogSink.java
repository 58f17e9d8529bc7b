package o11yshop.launcher.supervisor;

/** Where a child process's output goes, one line at a time. */
@FunctionalInterface
public interface LogSink {

    void line(String source, String line);
}
