package o11yshop.inventory;

import o11yshop.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A test of inventory's API, run once per database engine: a subclass for each engine names it, and every
 * test class starts one inventory of its own on that engine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class InventoryApiTest {

    protected InventoryUnderTest inventory;
    protected InventoryApi api;

    protected abstract TestDatabase.Engine engine();

    @BeforeAll
    void startInventory() {
        inventory = InventoryUnderTest.on(engine());
        api = inventory.api();
    }
}
