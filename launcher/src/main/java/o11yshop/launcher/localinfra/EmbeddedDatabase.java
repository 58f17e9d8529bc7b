package o11yshop.launcher.localinfra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A PostgreSQL server that lives exactly as long as the launcher: a fresh data directory on a free
 * port each run, so every start shows the shop with its demo data as the migrations create it.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * @param serverLog the server's own output goes there rather than to the console, where it would
     *                  bury the services' lines; the services log their database errors themselves
     */
    public static EmbeddedDatabase start(Path serverLog) {
        try {
            Files.createDirectories(serverLog.getParent());
            // a fresh log per run, like the data; appended to because two streams share it
            Files.deleteIfExists(serverLog);
            Redirect toLog = Redirect.appendTo(serverLog.toFile());
            return new EmbeddedDatabase(EmbeddedPostgres.builder()
                    .setCleanDataDirectory(true)
                    // the launcher stops PostgreSQL itself, after the services that use it
                    .setRegisterShutdownHook(false)
                    .setOutputRedirector(toLog)
                    .setErrorRedirector(toLog)
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start (see " + serverLog + ")", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public DatabaseTarget target() {
        return new DatabaseTarget("jdbc:postgresql://127.0.0.1:" + port() + "/postgres", "postgres", "");
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
