package o11yshop.order.security;

import java.util.stream.Stream;
import o11yshop.order.OrderFixture;
import o11yshop.platform.testing.authz.AuthorizationMatrix;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Every operation of api/order.yaml × every kind of caller, as the contract says (see {@link AuthorizationMatrix}). */
class GeneratedAuthorizationMatrixTest {

    @TestFactory
    Stream<DynamicNode> everyOperationForEveryCaller() {
        return AuthorizationMatrix.of(OrderFixture.onPostgres());
    }
}
