package o11yshop.identity.provider.cognito;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Cognito user pool and app client identity works with when {@code shop.identity.provider=cognito}.
 * AWS credentials are not configured here: the SDK's default chain finds them (the ECS task role in AWS).
 *
 * @param region the pool's region
 * @param userPoolId e.g. {@code ap-northeast-1_AbCdEf123}
 * @param clientId the app client, which must allow {@code ALLOW_USER_PASSWORD_AUTH}
 * @param clientSecret the app client's secret when it has one ({@code SHOP_IDENTITY_COGNITO_CLIENT_SECRET}),
 *        from which every call's {@code SECRET_HASH} is computed
 * @param endpoint another Cognito endpoint, such as a local emulator; empty for AWS's own
 */
@ConfigurationProperties("shop.identity.cognito")
public record CognitoProperties(String region, String userPoolId, String clientId, String clientSecret, URI endpoint) {

    /** Never the client secret. */
    @Override
    public String toString() {
        return "CognitoProperties[region=" + region + ", userPoolId=" + userPoolId + ", clientId=" + clientId
                + ", endpoint=" + endpoint + "]";
    }
}
