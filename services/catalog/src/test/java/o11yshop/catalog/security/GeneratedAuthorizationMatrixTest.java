package o11yshop.catalog.security;

import java.util.stream.Stream;
import o11yshop.catalog.CatalogFixture;
import o11yshop.platform.testing.authz.AuthorizationMatrix;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Every operation of api/catalog.yaml × every kind of caller, as the contract says (see {@link AuthorizationMatrix}). */
class GeneratedAuthorizationMatrixTest {

    @TestFactory
    Stream<DynamicNode> everyOperationForEveryCaller() {
        return AuthorizationMatrix.of(CatalogFixture.onPostgres());
    }
}
