package o11yshop.platform.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every table of a service's own schema as a row count and a digest of its content, taken in one query
 * over one kept connection (PostgreSQL): two equal snapshots mean a request wrote nothing. Cheap enough to
 * take before and after each of thousands of requests.
 */
public final class TableSnapshot {

    private static final Map<String, TableSnapshot> OPEN = new java.util.concurrent.ConcurrentHashMap<>();

    private final Connection connection;
    private final String query;

    private TableSnapshot(TestDatabase database, Set<String> ignoredTables) {
        if (database.engine() != TestDatabase.Engine.POSTGRESQL) {
            throw new IllegalArgumentException("Table snapshots are taken on PostgreSQL only");
        }
        try {
            connection = DriverManager.getConnection(database.url(), database.username(), database.password());
            List<String> parts = new ArrayList<>();
            for (String table : tables(database.schema())) {
                if (!ignoredTables.contains(table)) {
                    String qualified = database.schema() + "." + table;
                    parts.add("SELECT '" + table + "' AS name, count(*) AS row_count,"
                            + " md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM " + qualified + " t");
                }
            }
            query = String.join(" UNION ALL ", parts);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot snapshot " + database.schema() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Snapshots of every table of the database's schema but {@code ignoredTables}, over one connection per
     * JVM for each: the test database server's connections are shared by every service under test.
     */
    public static TableSnapshot of(TestDatabase database, Set<String> ignoredTables) {
        return OPEN.computeIfAbsent(database.url() + " " + new java.util.TreeSet<>(ignoredTables),
                key -> new TableSnapshot(database, ignoredTables));
    }

    private List<String> tables(String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            statement.setString(1, schema);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    tables.add(result.getString(1));
                }
            }
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("Schema " + schema + " has no tables: has the service started on it?");
        }
        return tables;
    }

    /** Table name → "rows:digest". */
    public synchronized Map<String, String> take() {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            Map<String, String> state = new TreeMap<>();
            while (result.next()) {
                state.put(result.getString(1), result.getLong(2) + " rows:" + result.getString(3));
            }
            return state;
        } catch (SQLException e) {
            throw new IllegalStateException("Snapshot failed: " + e.getMessage(), e);
        }
    }

    /** The tables whose content differs between two snapshots, with their row counts before → after. */
    public static String differences(Map<String, String> before, Map<String, String> after) {
        return before.keySet().stream()
                .filter(table -> !before.get(table).equals(after.get(table)))
                .map(table -> table + " (" + before.get(table).split(":")[0] + " → " + after.get(table).split(":")[0] + ")")
                .collect(Collectors.joining(", "));
    }
}
