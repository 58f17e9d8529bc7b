package o11yshop.platform.web.requestid;

import org.springframework.http.client.ClientHttpRequestInterceptor;

/** Carries the current request ID to the services this one calls, so one ID spans the whole hop chain. */
public final class RequestIdPropagation {

    private RequestIdPropagation() {
    }

    public static ClientHttpRequestInterceptor interceptor() {
        return (request, body, execution) -> {
            String requestId = RequestIdFilter.current();
            if (requestId != null) {
                request.getHeaders().set(RequestIdFilter.HEADER, requestId);
            }
            return execution.execute(request, body);
        };
    }
}
