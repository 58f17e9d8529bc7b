package o11yshop.platform.web.client;

import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * The clients a service calls other services with. Each starts from Spring Boot's {@code RestClient.Builder},
 * which every {@code RestClientCustomizer} of the platform has already shaped: the observability adapter's
 * call tracing, the request ID, the shopper's token. A service names where it calls and how long it waits,
 * and cannot forget a line that would leave a hole in the trace.
 */
public class ServiceClients {

    private final ObjectProvider<RestClient.Builder> builders;

    ServiceClients(ObjectProvider<RestClient.Builder> builders) {
        this.builders = builders;
    }

    /** A builder for calls to the service at {@code endpoint}, waiting at most as long as it says. */
    public RestClient.Builder to(HttpServiceEndpoint endpoint) {
        return waitingAtMost(endpoint.connectTimeout(), endpoint.readTimeout()).baseUrl(endpoint.baseUrl());
    }

    /** A builder for calls to absolute URLs (a token endpoint), waiting at most this long. */
    public RestClient.Builder waitingAtMost(Duration connectTimeout, Duration readTimeout) {
        return builders.getObject().requestFactory(ClientHttpRequestFactoryBuilder.jdk()
                .build(HttpClientSettings.defaults().withTimeouts(connectTimeout, readTimeout)));
    }

    /**
     * The typed client of an API interface generated from the callee's contract in {@code api/}: a change to
     * the contract that the caller does not follow is a compile error, not a failed call.
     */
    public static <T> T typed(RestClient http, Class<T> api) {
        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(http)).build().createClient(api);
    }
}
