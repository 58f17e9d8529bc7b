package o11yshop.platform.testing;

import java.util.Map;

/**
 * A clean schema on a real database server, for one service's integration tests. {@link #springProperties()}
 * points a Spring Boot service at it, the way the launcher and the AWS task definitions do.
 */
public record TestDatabase(Engine engine, String url, String username, String password, String schema) {

    public enum Engine { POSTGRESQL, MYSQL }

    public Map<String, String> springProperties() {
        return Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", username,
                "spring.datasource.password", password,
                "shop.db.schema", schema);
    }
}
