package o11yshop.platform.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;

/**
 * Real database servers for integration tests. The same suite runs on PostgreSQL and on MySQL/MariaDB:
 * <ul>
 *   <li>PostgreSQL: the server at {@code SHOP_TEST_PG_URL} (default 127.0.0.1:5432, database
 *       {@code test}); where none answers, an embedded PostgreSQL is started for the test run.</li>
 *   <li>MySQL/MariaDB: the server at {@code SHOP_TEST_MYSQL_URL} (default 127.0.0.1:3306, user root);
 *       where none answers the MySQL tests are skipped with the reason — except under {@code CI=true},
 *       where a missing server fails the run, so CI never passes on a suite that did not run.</li>
 * </ul>
 * Each call hands out a schema of its own name, dropped and created anew once per test JVM.
 */
public final class TestDatabases {

    private static final String PG_HOST = "127.0.0.1";
    private static final int PG_PORT = 5432;
    private static final String MYSQL_HOST = "127.0.0.1";
    private static final int MYSQL_PORT = 3306;

    private static final Map<String, TestDatabase> PREPARED = new ConcurrentHashMap<>();
    private static volatile EmbeddedPostgres embeddedPostgres;

    private TestDatabases() {
    }

    public static TestDatabase postgres(String schema) {
        return PREPARED.computeIfAbsent("pg:" + schema, key -> preparePostgres(schema));
    }

    public static TestDatabase mysql(String schema) {
        return PREPARED.computeIfAbsent("mysql:" + schema, key -> prepareMysql(schema));
    }

    public static TestDatabase of(TestDatabase.Engine engine, String schema) {
        return engine == TestDatabase.Engine.POSTGRESQL ? postgres(schema) : mysql(schema);
    }

    private static TestDatabase preparePostgres(String schema) {
        String baseUrl = System.getenv().getOrDefault("SHOP_TEST_PG_URL",
                "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/test");
        String user = System.getenv().getOrDefault("SHOP_TEST_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("SHOP_TEST_PG_PASSWORD", "");
        if (System.getenv("SHOP_TEST_PG_URL") == null && !reachable(PG_HOST, PG_PORT)) {
            if (isCi()) {
                throw new IllegalStateException("CI=true but no PostgreSQL answers at " + PG_HOST + ":" + PG_PORT);
            }
            baseUrl = embeddedPostgres().getJdbcUrl("postgres", "postgres");
            user = "postgres";
        }
        execute(baseUrl, user, password,
                "DROP SCHEMA IF EXISTS " + schema + " CASCADE",
                "CREATE SCHEMA " + schema);
        String separator = baseUrl.contains("?") ? "&" : "?";
        return new TestDatabase(TestDatabase.Engine.POSTGRESQL, baseUrl + separator + "currentSchema=" + schema,
                user, password, schema);
    }

    private static TestDatabase prepareMysql(String schema) {
        String serverUrl = System.getenv().getOrDefault("SHOP_TEST_MYSQL_URL",
                "jdbc:mysql://" + MYSQL_HOST + ":" + MYSQL_PORT + "/");
        String user = System.getenv().getOrDefault("SHOP_TEST_MYSQL_USER", "root");
        String password = System.getenv().getOrDefault("SHOP_TEST_MYSQL_PASSWORD", "");
        if (System.getenv("SHOP_TEST_MYSQL_URL") == null && !reachable(MYSQL_HOST, MYSQL_PORT)) {
            String reason = "No MySQL/MariaDB server answers at " + MYSQL_HOST + ":" + MYSQL_PORT
                    + "; the MySQL integration tests are skipped (set SHOP_TEST_MYSQL_URL to run them elsewhere)";
            if (isCi()) {
                throw new IllegalStateException("CI=true: " + reason);
            }
            Assumptions.abort(reason);
        }
        execute(serverUrl, user, password,
                "DROP DATABASE IF EXISTS " + schema,
                "CREATE DATABASE " + schema + " CHARACTER SET utf8mb4");
        String url = serverUrl.replaceFirst("/[^/]*$", "/" + schema);
        return new TestDatabase(TestDatabase.Engine.MYSQL, url, user, password, schema);
    }

    private static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static boolean reachable(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static synchronized EmbeddedPostgres embeddedPostgres() {
        if (embeddedPostgres == null) {
            try {
                embeddedPostgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start an embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::closeEmbedded));
        }
        return embeddedPostgres;
    }

    private static void closeEmbedded() {
        try {
            embeddedPostgres.close();
        } catch (IOException ignored) {
            // the JVM is exiting; the embedded server's own files are in a temporary folder
        }
    }

    private static void execute(String url, String user, String password, String... statements) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare test schema at " + url + ": " + e.getMessage(), e);
        }
    }
}
