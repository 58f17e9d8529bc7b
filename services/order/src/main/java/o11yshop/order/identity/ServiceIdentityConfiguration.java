package o11yshop.order.identity;

import java.time.Clock;
import o11yshop.platform.security.client.ClientCredentialsTokenSource;
import o11yshop.platform.web.client.ServiceClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * The order service's token for its own calls, fetched from the token endpoint when first needed and
 * again shortly before it expires. The token call is traced like every other call, so the first
 * checkout after start (and one every few minutes) shows it in the trace, just before the call it is for.
 */
@Configuration
class ServiceIdentityConfiguration {

    @Bean
    ClientCredentialsTokenSource serviceTokens(ServiceIdentityProperties properties, ServiceClients clients) {
        RestClient http = clients.waitingAtMost(properties.connectTimeout(), properties.readTimeout()).build();
        return new ClientCredentialsTokenSource(properties.credentials(), http, Clock.systemUTC());
    }
}
