package o11yshop.benchmark.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import o11yshop.benchmark.driver.RunPlan.Run;
import org.junit.jupiter.api.Test;

class RunPlanTest {

    @Test
    void everyModeOfASamplingThenTheNextSamplingThenTheNextRound() {
        List<Run> runs = RunPlan.interleave(List.of("off", "xray", "otel"), List.of("all", "default"), 2);

        assertEquals(List.of("1-off-all", "1-xray-all", "1-otel-all", "1-off-default", "1-xray-default",
                        "1-otel-default", "2-off-all", "2-xray-all", "2-otel-all", "2-off-default", "2-xray-default",
                        "2-otel-default"),
                runs.stream().map(Run::name).toList());
        assertEquals(new Run(2, "xray", "default"), runs.get(10));
    }

    @Test
    void oneModeInRoundsRepeatsIt() {
        assertEquals(List.of(new Run(1, "off", "all"), new Run(2, "off", "all"), new Run(3, "off", "all")),
                RunPlan.interleave(List.of("off"), List.of("all"), 3));
    }
}
