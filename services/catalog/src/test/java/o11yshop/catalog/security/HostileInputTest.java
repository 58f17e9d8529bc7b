package o11yshop.catalog.security;

import java.util.stream.Stream;
import o11yshop.catalog.CatalogFixture;
import o11yshop.platform.testing.hostile.HostileInputSuite;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Hostile requests to every operation of api/catalog.yaml, generated from it (see {@link HostileInputSuite}). */
class HostileInputTest {

    @TestFactory
    Stream<DynamicNode> everyFieldAndParameter() {
        return HostileInputSuite.of(CatalogFixture.onPostgres());
    }
}
