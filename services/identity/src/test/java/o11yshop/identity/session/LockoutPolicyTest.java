package o11yshop.identity.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LockoutPolicyTest {

    private final LockoutPolicy policy = new LockoutPolicy(Duration.ofSeconds(30), Duration.ofMinutes(15));

    @ParameterizedTest(name = "{0} failures, {1} tolerated → {2} s")
    @CsvSource({
            "1, 5, 0",
            "4, 5, 0",
            "5, 5, 30",
            "6, 5, 60",
            "7, 5, 120",
            "9, 5, 480",
            "10, 5, 900",
            "11, 5, 900",
            "1000, 5, 900",
            "20, 20, 30"
    })
    void theLockDoublesWithEveryFailureUpToTheMaximum(int failures, int tolerated, long expectedSeconds) {
        assertThat(policy.lockoutAfter(failures, tolerated)).isEqualTo(Duration.ofSeconds(expectedSeconds));
    }
}
