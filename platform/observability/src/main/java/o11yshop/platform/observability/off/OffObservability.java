package o11yshop.platform.observability.off;

import java.util.Optional;
import o11yshop.platform.observability.BusinessSpan;
import o11yshop.platform.observability.Observability;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Mode {@code off}: the port with nothing behind it, the baseline the other approaches' overhead is
 * measured against. No trace, no span, no header: each call returns a shared constant.
 */
public class OffObservability implements Observability {

    private static final ClientHttpRequestInterceptor PASS_THROUGH = (request, body, execution) -> execution.execute(request, body);
    /** Every method of the SDK's interceptor has a default that leaves the call alone. */
    private static final ExecutionInterceptor NO_AWS_CALL_TRACING = new ExecutionInterceptor() { };

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
    public ClientHttpRequestInterceptor outgoingCallTracing() {
        return PASS_THROUGH;
    }

    @Override
    public ExecutionInterceptor awsCallTracing() {
        return NO_AWS_CALL_TRACING;
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
