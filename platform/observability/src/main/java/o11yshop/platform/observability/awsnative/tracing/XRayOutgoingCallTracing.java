package o11yshop.platform.observability.awsnative.tracing;

import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.entities.Namespace;
import com.amazonaws.xray.entities.Subsegment;
import com.amazonaws.xray.entities.TraceHeader;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * A call to another service as a subsegment (O-TRACE-02), and the trace passed on with it. The
 * subsegment's namespace {@code remote} tells X-Ray it is a downstream call, which puts the callee on
 * the service map. The {@code X-Amzn-Trace-Id} header carries the trace ID, this subsegment's ID as the
 * callee's parent, and the sampling decision, so the callee's segment joins the same trace right
 * under this call — and an unsampled request stays unsampled downstream.
 */
class XRayOutgoingCallTracing implements ClientHttpRequestInterceptor {

    private final AWSXRayRecorder recorder;

    XRayOutgoingCallTracing(AWSXRayRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        if (recorder.getTraceEntity() == null) {
            // a call made outside any traced work (a scheduled job, start-up): nothing to join it to
            return execution.execute(request, body);
        }
        Subsegment call = recorder.beginSubsegment(request.getURI().getHost());
        try {
            call.setNamespace(Namespace.REMOTE.toString());
            call.putHttp("request", Map.of("method", request.getMethod().name(), "url", request.getURI().toString()));
            request.getHeaders().set(TraceHeader.HEADER_KEY, TraceHeader.fromEntity(call).toString());
            ClientHttpResponse response = execution.execute(request, body);
            recordResponse(call, response);
            return response;
        } catch (IOException | RuntimeException e) {
            call.addException(e);
            throw e;
        } finally {
            // ends the current subsegment, this call's, and makes its parent current again
            recorder.endSubsegment();
        }
    }

    private static void recordResponse(Subsegment call, ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("status", status);
        long contentLength = response.getHeaders().getContentLength();
        if (contentLength >= 0) {
            attributes.put("content_length", contentLength);
        }
        call.putHttp("response", attributes);
        if (status == 429) {
            call.setThrottle(true);
        }
        if (status >= 400 && status < 500) {
            call.setError(true);
        } else if (status >= 500) {
            call.setFault(true);
        }
    }
}
