package o11yshop.platform.web.client;

import o11yshop.platform.web.requestid.RequestIdPropagation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.ClientHttpMessageConvertersCustomizer;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every call to another service carries, whichever service makes it: the request ID (here) and the
 * trace (the observability adapter's customizer).
 */
@AutoConfiguration
public class OutgoingCallsAutoConfiguration {

    @Bean
    RestClientCustomizer requestIdPropagation() {
        return builder -> builder.requestInterceptor(RequestIdPropagation.interceptor());
    }

    /**
     * Answers are read tolerantly, unlike the requests a service receives ({@code StrictJsonBodies}): a field
     * the callee adds to its contract before the caller knows it must not break the caller.
     */
    @Bean
    ClientHttpMessageConvertersCustomizer tolerantAnswers(JsonMapper jsonMapper) {
        var tolerant = new JacksonJsonHttpMessageConverter(
                jsonMapper.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build());
        return converters -> converters.configureMessageConvertersList(list -> list.replaceAll(
                converter -> converter instanceof JacksonJsonHttpMessageConverter ? tolerant : converter));
    }

    @Bean
    ServiceClients serviceClients(ObjectProvider<RestClient.Builder> restClientBuilders) {
        return new ServiceClients(restClientBuilders);
    }
}
