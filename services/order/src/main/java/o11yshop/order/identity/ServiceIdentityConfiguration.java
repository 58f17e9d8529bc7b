package o11yshop.order.identity;

import java.net.http.HttpClient;
import java.time.Clock;
import o11yshop.platform.observability.Observability;
import o11yshop.platform.security.client.ClientCredentialsTokenSource;
import o11yshop.platform.web.requestid.RequestIdPropagation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The order service's token for its own calls, fetched from the token endpoint when first needed and
 * again shortly before it expires. The token call is traced like every other call, so the first
 * checkout after start (and one every few minutes) shows it in the trace, just before the call it is for.
 */
@Configuration
class ServiceIdentityConfiguration {

    @Bean
    ClientCredentialsTokenSource serviceTokens(ServiceIdentityProperties properties, Observability observability) {
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build());
        requestFactory.setReadTimeout(properties.readTimeout());
        RestClient http = RestClient.builder()
                .requestFactory(requestFactory)
                .requestInterceptor(observability.outgoingCallTracing())
                .requestInterceptor(RequestIdPropagation.interceptor())
                .build();
        return new ClientCredentialsTokenSource(properties.credentials(), http, Clock.systemUTC());
    }
}
