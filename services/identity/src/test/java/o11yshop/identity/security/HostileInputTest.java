package o11yshop.identity.security;

import java.util.stream.Stream;
import o11yshop.identity.IdentityFixture;
import o11yshop.platform.testing.hostile.HostileInputSuite;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Hostile requests to every operation of api/identity.yaml, generated from it (see {@link HostileInputSuite}). */
class HostileInputTest {

    @TestFactory
    Stream<DynamicNode> everyFieldAndParameter() {
        return HostileInputSuite.of(IdentityFixture.onPostgres());
    }
}
