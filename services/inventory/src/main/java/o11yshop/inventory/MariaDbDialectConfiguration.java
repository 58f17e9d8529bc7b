package o11yshop.inventory;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Behind the MySQL driver, jOOQ takes a MariaDB server for MySQL and writes MySQL 8 syntax that MariaDB
 * rejects ({@code INSERT … AS excluded ON DUPLICATE KEY UPDATE}). Asked for its version, MariaDB names
 * itself, so the dialect can follow the server that is really there.
 */
@Configuration(proxyBeanMethods = false)
class MariaDbDialectConfiguration {

    @Bean
    DefaultConfigurationCustomizer mariaDbDialect(DataSource dataSource) {
        return configuration -> {
            if (configuration.dialect().family() == SQLDialect.MYSQL && isMariaDb(dataSource)) {
                configuration.set(SQLDialect.MARIADB);
            }
        };
    }

    private static boolean isMariaDb(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductVersion().contains("MariaDB");
        } catch (SQLException e) {
            throw new CannotGetJdbcConnectionException("Cannot ask the database for its version", e);
        }
    }
}
