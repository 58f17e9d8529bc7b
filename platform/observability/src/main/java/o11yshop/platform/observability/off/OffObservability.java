package o11yshop.platform.observability.off;

import java.util.Optional;
import o11yshop.platform.observability.BusinessSpan;
import o11yshop.platform.observability.Observability;

/**
 * Mode {@code off}: the port with nothing behind it, the baseline the other approaches' overhead is
 * measured against. No trace, no span, no header: each call returns a shared constant.
 */
public class OffObservability implements Observability {

    @Override
    public BusinessSpan startSpan(String name) {
        return BusinessSpan.none();
    }

    @Override
    public Optional<String> currentTraceId() {
        return Optional.empty();
    }

    @Override
    public Optional<String> currentSpanId() {
        return Optional.empty();
    }

    @Override
    public Optional<String> currentTraceHeader() {
        return Optional.empty();
    }

    @Override
    public BusinessSpan continueTrace(Optional<String> traceHeader) {
        return BusinessSpan.none();
    }
}
