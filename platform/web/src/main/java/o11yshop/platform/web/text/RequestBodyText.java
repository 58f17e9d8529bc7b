package o11yshop.platform.web.text;

import java.util.List;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

/**
 * Puts the {@link TextRule} into the JSON converter that reads request bodies, and only there: a service
 * reading another service's answer, a log line or a test's fixture reads text as it was written.
 */
public final class RequestBodyText implements ServerHttpMessageConvertersCustomizer {

    @Override
    public void customize(HttpMessageConverters.ServerBuilder builder) {
        builder.configureMessageConvertersList(RequestBodyText::ruleJsonConverters);
    }

    private static void ruleJsonConverters(List<HttpMessageConverter<?>> converters) {
        converters.replaceAll(converter -> converter instanceof JacksonJsonHttpMessageConverter json
                ? new JacksonJsonHttpMessageConverter(json.getMapper().rebuild().addModule(new TextRuleModule()).build())
                : converter);
    }
}
