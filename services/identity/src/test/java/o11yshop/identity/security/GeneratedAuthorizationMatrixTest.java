package o11yshop.identity.security;

import java.util.stream.Stream;
import o11yshop.identity.IdentityFixture;
import o11yshop.platform.testing.authz.AuthorizationMatrix;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Every operation of api/identity.yaml × every kind of caller, as the contract says (see {@link AuthorizationMatrix}). */
class GeneratedAuthorizationMatrixTest {

    @TestFactory
    Stream<DynamicNode> everyOperationForEveryCaller() {
        return AuthorizationMatrix.of(IdentityFixture.onPostgres());
    }
}
