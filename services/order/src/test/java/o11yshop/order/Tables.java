package o11yshop.order;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import o11yshop.platform.testing.TestDatabase;

/** Looks into a service's tables, to prove what a request wrote — or that it wrote nothing. */
public final class Tables {

    private Tables() {
    }

    public static long count(TestDatabase database, String sqlFromWhere) {
        return queryLong(database, "SELECT COUNT(*) FROM " + sqlFromWhere);
    }

    public static long queryLong(TestDatabase database, String sql) {
        try (Connection connection = DriverManager.getConnection(database.url(), database.username(), database.password());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
        }
    }

    public static String queryString(TestDatabase database, String sql) {
        try (Connection connection = DriverManager.getConnection(database.url(), database.username(), database.password());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
        }
    }

    public static int execute(TestDatabase database, String sql) {
        try (Connection connection = DriverManager.getConnection(database.url(), database.username(), database.password());
             Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
        }
    }

    /** Every row of every table of the order service, to compare before and after a refused request. */
    public static String orderServiceSnapshot(TestDatabase database) {
        StringBuilder snapshot = new StringBuilder();
        for (String table : new String[] {"cart", "cart_line", "checkout", "customer_order", "order_line", "outbox_event"}) {
            snapshot.append(table).append('=').append(count(database, table)).append(' ');
        }
        snapshot.append("cart_quantity=").append(queryLong(database, "SELECT COALESCE(SUM(quantity), 0) FROM cart_line"));
        return snapshot.toString();
    }
}
