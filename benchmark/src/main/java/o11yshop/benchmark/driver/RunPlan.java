package o11yshop.benchmark.driver;

import java.util.ArrayList;
import java.util.List;

/**
 * The order of the runs of a comparison: every mode of a sampling, then the next sampling, then the next
 * round (off/all, xray/all, otel/all, off/default, …). Interleaved, so that a change in the machine's
 * background load shows up as a difference between two runs of the same mode instead of being taken for
 * a mode's cost.
 */
final class RunPlan {

    /** One run: a shop of its own in one mode and sampling. Its name is that of its report file. */
    record Run(int round, String mode, String sampling) {

        String name() {
            return round + "-" + mode + "-" + sampling;
        }
    }

    private RunPlan() {
    }

    static List<Run> interleave(List<String> modes, List<String> samplings, int rounds) {
        List<Run> runs = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            for (String sampling : samplings) {
                for (String mode : modes) {
                    runs.add(new Run(round, mode, sampling));
                }
            }
        }
        return runs;
    }
}
