package o11yshop.inventory.security;

import java.util.stream.Stream;
import o11yshop.inventory.InventoryFixture;
import o11yshop.platform.testing.hostile.HostileInputSuite;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Hostile requests to every operation of api/inventory.yaml, generated from it (see {@link HostileInputSuite}). */
class HostileInputTest {

    @TestFactory
    Stream<DynamicNode> everyFieldAndParameter() {
        return HostileInputSuite.of(InventoryFixture.onPostgres());
    }
}
