package o11yshop.identity.provider.cognito;

import o11yshop.identity.WhenCognitoProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClientBuilder;

@Configuration
@WhenCognitoProvider
class CognitoClientConfiguration {

    @Bean
    CognitoIdentityProviderClient cognitoClient(CognitoProperties properties) {
        require(properties.region(), "region");
        require(properties.userPoolId(), "user-pool-id");
        require(properties.clientId(), "client-id");
        CognitoIdentityProviderClientBuilder builder = CognitoIdentityProviderClient.builder()
                .region(Region.of(properties.region()));
        if (properties.endpoint() != null) {
            builder.endpointOverride(properties.endpoint());
        }
        return builder.build();
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("shop.identity.provider=cognito needs shop.identity.cognito." + name);
        }
    }
}
