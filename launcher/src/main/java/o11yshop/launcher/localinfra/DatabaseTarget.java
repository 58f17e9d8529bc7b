package o11yshop.launcher.localinfra;

import java.util.Map;
import java.util.Optional;

/**
 * The database server the services use and how each one's own schema is addressed on it. Every
 * service owns a schema named after it (PostgreSQL: a schema in one database; MySQL: a database of
 * its own, which is MySQL's word for a schema), and its Flyway creates it on first start.
 */
public record DatabaseTarget(String url, String user, String password) {

    private static final String POSTGRESQL = "jdbc:postgresql://";
    private static final String MYSQL = "jdbc:mysql://";

    public DatabaseTarget {
        if (!url.startsWith(POSTGRESQL) && !url.startsWith(MYSQL)) {
            throw new IllegalArgumentException(
                    "SHOP_DB_URL must start with " + POSTGRESQL + " or " + MYSQL + "; got: " + url);
        }
    }

    /** The server named by {@code SHOP_DB_URL}, or none: the launcher then starts an embedded one. */
    public static Optional<DatabaseTarget> fromEnvironment(Map<String, String> environment) {
        String url = environment.get("SHOP_DB_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new DatabaseTarget(url.strip(),
                environment.getOrDefault("SHOP_DB_USER", ""),
                environment.getOrDefault("SHOP_DB_PASSWORD", "")));
    }

    public String jdbcUrlFor(String schema) {
        return url.startsWith(POSTGRESQL) ? postgresqlUrl(schema) : mysqlUrl(schema);
    }

    private String postgresqlUrl(String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Replaces whatever database the URL names with the service's own, keeping host and parameters. */
    private String mysqlUrl(String schema) {
        String afterScheme = url.substring(MYSQL.length());
        int query = afterScheme.indexOf('?');
        String parameters = query < 0 ? "" : "&" + afterScheme.substring(query + 1);
        String location = query < 0 ? afterScheme : afterScheme.substring(0, query);
        int slash = location.indexOf('/');
        String hosts = slash < 0 ? location : location.substring(0, slash);
        return MYSQL + hosts + "/" + schema + "?createDatabaseIfNotExist=true" + parameters;
    }

    /** The URL for messages: its parameters may carry credentials. */
    public String describe() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
