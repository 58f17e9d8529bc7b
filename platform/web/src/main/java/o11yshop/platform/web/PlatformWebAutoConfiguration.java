package o11yshop.platform.web;

import o11yshop.platform.web.apidocs.ApiDocsController;
import java.util.List;
import o11yshop.platform.web.binding.StrictJsonBodies;
import o11yshop.platform.web.binding.StrictNumberConverterFactory;
import o11yshop.platform.web.body.RequestBodyLimitFilter;
import o11yshop.platform.web.text.RequestBodyText;
import o11yshop.platform.web.text.RequestParameterText;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import o11yshop.platform.web.binding.WireValueToEnumConverterFactory;
import o11yshop.platform.web.lifecycle.ParentProcessWatcher;
import o11yshop.platform.web.problem.ProblemDetailsAdvice;
import o11yshop.platform.web.problem.ProblemErrorController;
import o11yshop.platform.web.problem.ProblemReportValve;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import o11yshop.platform.web.requestid.RequestIdFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Wires the shared web pieces into every service that has platform-web on its class path. It runs
 * before Spring Boot's error handling so that its problem+json error controller replaces Boot's.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
public class PlatformWebAutoConfiguration {

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        // First of all filters, so that every later filter's log lines carry the request ID too.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Right after the request ID: a body over the limit is refused before security or a controller reads any of it. */
    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(Environment environment) {
        Binder binder = Binder.get(environment);
        DataSize limit = binder.bind("shop.web.max-request-body-size", DataSize.class).get();
        // a YAML list or a comma-separated value alike
        List<String> streamedBodyRoutes = binder.bind("shop.web.streamed-body-routes", Bindable.listOf(String.class))
                .orElse(List.of());
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(limit.toBytes(), streamedBodyRoutes));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    WebMvcConfigurer strictParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addFormatters(FormatterRegistry registry) {
                registry.addConverterFactory(new WireValueToEnumConverterFactory());
                registry.addConverterFactory(new StrictNumberConverterFactory());
            }

            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new RequestParameterText());
            }
        };
    }

    @Bean
    RequestBodyText requestBodyText() {
        return new RequestBodyText();
    }

    @Bean
    StrictJsonBodies strictJsonBodies() {
        return new StrictJsonBodies();
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemReportValve() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    @Bean
    @ConditionalOnProperty("shop.api-docs.enabled")
    ApiDocsController apiDocsController(@Value("${spring.application.name}") String service) {
        return new ApiDocsController(service, "openapi/" + service + ".yaml");
    }

    @Bean
    @ConditionalOnProperty("shop.parent-pid")
    ParentProcessWatcher parentProcessWatcher(@Value("${shop.parent-pid}") long parentPid) {
        return new ParentProcessWatcher(parentPid);
    }
}
