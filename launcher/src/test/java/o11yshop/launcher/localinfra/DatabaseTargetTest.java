package o11yshop.launcher.localinfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseTargetTest {

    @Test
    void postgresqlGetsTheServicesSchemaAsCurrentSchema() {
        DatabaseTarget target = new DatabaseTarget("jdbc:postgresql://db.local:5432/shop", "shop", "secret");

        assertThat(target.jdbcUrlFor("catalog")).isEqualTo("jdbc:postgresql://db.local:5432/shop?currentSchema=catalog");
    }

    @Test
    void postgresqlKeepsExistingParameters() {
        DatabaseTarget target = new DatabaseTarget("jdbc:postgresql://127.0.0.1:5432/test?sslmode=disable", "", "");

        assertThat(target.jdbcUrlFor("inventory"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/test?sslmode=disable&currentSchema=inventory");
    }

    @Test
    void mysqlGetsADatabasePerServiceCreatedOnFirstUse() {
        DatabaseTarget target = new DatabaseTarget("jdbc:mysql://127.0.0.1:3306/", "root", "");

        assertThat(target.jdbcUrlFor("catalog")).isEqualTo("jdbc:mysql://127.0.0.1:3306/catalog?createDatabaseIfNotExist=true");
    }

    @Test
    void mysqlReplacesANamedDatabaseAndKeepsParameters() {
        assertThat(new DatabaseTarget("jdbc:mysql://db:3306/test?useSSL=false", "", "").jdbcUrlFor("order"))
                .isEqualTo("jdbc:mysql://db:3306/order?createDatabaseIfNotExist=true&useSSL=false");
        assertThat(new DatabaseTarget("jdbc:mysql://db:3306", "", "").jdbcUrlFor("order"))
                .isEqualTo("jdbc:mysql://db:3306/order?createDatabaseIfNotExist=true");
    }

    @Test
    void readsTheServerFromTheEnvironment() {
        assertThat(DatabaseTarget.fromEnvironment(Map.of())).isEmpty();
        assertThat(DatabaseTarget.fromEnvironment(Map.of(
                "SHOP_DB_URL", "jdbc:mysql://127.0.0.1:3306/", "SHOP_DB_USER", "root", "SHOP_DB_PASSWORD", "pw")))
                .contains(new DatabaseTarget("jdbc:mysql://127.0.0.1:3306/", "root", "pw"));
    }

    @Test
    void refusesOtherDatabases() {
        assertThatThrownBy(() -> new DatabaseTarget("jdbc:oracle:thin:@db:1521:x", "", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SHOP_DB_URL");
    }

    @Test
    void describesTheServerWithoutItsParameters() {
        assertThat(new DatabaseTarget("jdbc:postgresql://db:5432/shop?password=x", "", "").describe())
                .isEqualTo("jdbc:postgresql://db:5432/shop");
    }
}
