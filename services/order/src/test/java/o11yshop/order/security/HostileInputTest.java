package o11yshop.order.security;

import java.util.stream.Stream;
import o11yshop.order.OrderFixture;
import o11yshop.platform.testing.hostile.HostileInputSuite;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Hostile requests to every operation of api/order.yaml, generated from it (see {@link HostileInputSuite}). */
class HostileInputTest {

    @TestFactory
    Stream<DynamicNode> everyFieldAndParameter() {
        return HostileInputSuite.of(OrderFixture.onPostgres());
    }
}
