package o11yshop.platform.security;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Makes a service an OAuth2 resource server: every request needs a valid access token from the shop's
 * issuer unless its route is public, admin routes need the {@code admin} group, routes for services need
 * a client-credentials token with their scope, every other route a user's token, and nothing is kept
 * between requests. It runs before Spring Boot's own security set-up, which then backs off.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties(ShopSecurityProperties.class)
public class PlatformSecurityAutoConfiguration {

    /** Open on every service: the probes the ALB and the launcher call without a token, and the API docs. */
    static final List<Route> PLATFORM_PUBLIC_ROUTES = List.of(
            Route.parse("GET /actuator/health"),
            Route.parse("GET /actuator/health/**"),
            Route.parse("GET /actuator/info"),
            Route.parse("GET /docs"),
            Route.parse("GET /openapi/**"),
            Route.parse("GET /webjars/**"));

    /** A service that holds its issuer's key itself (the identity service) declares its own decoder. */
    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(ShopSecurityProperties properties) {
        return ShopJwtDecoders.fromJwkSetUri(properties.effectiveJwksUri(), properties.issuer());
    }

    @Bean
    CurrentUser currentUser() {
        return new CurrentUser();
    }

    @Bean
    CallingService callingService() {
        return new CallingService();
    }

    @Bean
    SecurityFilterChain shopSecurityFilterChain(HttpSecurity http, ShopSecurityProperties properties,
            JwtDecoder jwtDecoder, MeterRegistry meters, Environment environment,
            @Value("${shop.security.public-url:}") String publicUrl,
            @Value("${server.servlet.context-path:}") String contextPath) {
        SecurityProblemResponses problems = new SecurityProblemResponses();
        List<String> corsAllowedOrigins = Binder.get(environment)
                .bind("shop.security.cors-allowed-origins", Bindable.listOf(String.class)).orElse(List.of());
        http
                .addFilter(CorsPreflights.filter(corsAllowedOrigins))
                // CSRF protects cookie sessions; these APIs have none — the token travels in a header
                // that another site's page cannot make the browser send.
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(rules -> {
                    // the error page answers for a request that was already authorized (or refused) once
                    rules.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    // routes for services, then admin routes, so that a broad public pattern can never open one of them
                    properties.scopedRoutes().forEach(scoped -> matching(rules, scoped.getKey()).hasAuthority(scoped.getValue()));
                    properties.adminRoutes().forEach(route -> matching(rules, route).hasRole(ShopClaims.ADMIN_GROUP));
                    PLATFORM_PUBLIC_ROUTES.forEach(route -> matching(rules, route).permitAll());
                    properties.publicRoutes().forEach(route -> matching(rules, route).permitAll());
                    rules.requestMatchers("/actuator/**").hasRole(ShopClaims.ADMIN_GROUP);
                    rules.anyRequest().hasAuthority(ShopAuthorities.SIGNED_IN_USER);
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(ShopAuthorities.converter()))
                        // RFC 9728's /.well-known/oauth-protected-resource tells a client which issuer to get a
                        // token from; it names the resource by its public URL, never the address the request reached
                        .protectedResourceMetadata(metadata -> metadata.protectedResourceMetadataCustomizer(
                                resource -> resource.resource(PublicResource.url(publicUrl, properties.issuer(), contextPath))
                                        .authorizationServer(properties.issuer())))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .addFilterAfter(new UserIdLoggingFilter(), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(new AdminActionAudit(properties.adminRoutes(), meters),
                        UserIdLoggingFilter.class)
                .addFilterAfter(new ShopperTokenFilter(jwtDecoder, problems), UserIdLoggingFilter.class);
        return http.build();
    }

    private static AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl matching(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules, Route route) {
        return route.method() == null
                ? rules.requestMatchers(route.pattern())
                : rules.requestMatchers(route.method(), route.pattern());
    }
}
