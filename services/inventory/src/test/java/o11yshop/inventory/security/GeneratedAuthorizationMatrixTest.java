package o11yshop.inventory.security;

import java.util.stream.Stream;
import o11yshop.inventory.InventoryFixture;
import o11yshop.platform.testing.authz.AuthorizationMatrix;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Every operation of api/inventory.yaml × every kind of caller, as the contract says (see {@link AuthorizationMatrix}). */
class GeneratedAuthorizationMatrixTest {

    @TestFactory
    Stream<DynamicNode> everyOperationForEveryCaller() {
        return AuthorizationMatrix.of(InventoryFixture.onPostgres());
    }
}
