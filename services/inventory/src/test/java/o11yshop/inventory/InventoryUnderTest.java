package o11yshop.inventory;

import java.util.Map;
import o11yshop.platform.testing.ServiceUnderTest;
import o11yshop.platform.testing.TestDatabase;
import o11yshop.platform.testing.TestDatabases;

/** The real inventory service on a real database engine, shared by the test classes of one JVM. */
public final class InventoryUnderTest {

    private InventoryUnderTest() {
    }

    public static ServiceUnderTest on(TestDatabase.Engine engine) {
        TestDatabase database = TestDatabases.of(engine, "it_inventory");
        return ServiceUnderTest.shared("inventory-" + engine, InventoryApplication::builder, database, Map.of());
    }
}
