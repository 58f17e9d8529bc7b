package o11yshop.launcher.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class TraceIdFormTest {

    /** 0x5759e988 seconds after the epoch. */
    private static final Instant STARTED = Instant.parse("2016-06-09T22:11:20Z");

    @Test
    void anIdThatBeginsWithARecentTimeIsWrittenInXRayForm() {
        assertThat(TraceIdForm.of(bytes("5759e988bd862e3fe1be46a994272793"), STARTED.plus(Duration.ofMinutes(5))))
                .isEqualTo("1-5759e988-bd862e3fe1be46a994272793");
    }

    @Test
    void aRandomIdStaysAsItCame() {
        assertThat(TraceIdForm.of(bytes("0af7651916cd43dd8448eb211c80319c"), STARTED))
                .isEqualTo("0af7651916cd43dd8448eb211c80319c");
    }

    @Test
    void anIdFromBeyondTheWindowStaysAsItCame() {
        assertThat(TraceIdForm.of(bytes("5759e988bd862e3fe1be46a994272793"), STARTED.plus(Duration.ofDays(31))))
                .isEqualTo("5759e988bd862e3fe1be46a994272793");
        assertThat(TraceIdForm.of(bytes("5759e988bd862e3fe1be46a994272793"), STARTED.minus(Duration.ofDays(2))))
                .isEqualTo("5759e988bd862e3fe1be46a994272793");
    }

    private static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
