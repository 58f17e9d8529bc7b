package o11yshop.platform.aws;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;

/**
 * Where an AWS API client sends its requests. In AWS every field stays unset and the SDK's defaults
 * decide: the regional endpoint, {@code AWS_REGION}, the task role's credentials. Locally the same code
 * talks to an emulator (the launcher's ElasticMQ, Floci) by setting the endpoint, a region and the
 * emulator's made-up keys — configuration, not code, is what differs between the two.
 *
 * @param endpoint an emulator's endpoint; AWS's own when unset
 * @param region the AWS region; the SDK's default chain when unset
 * @param accessKeyId only for an emulator, which accepts any key
 * @param secretAccessKey goes with {@code accessKeyId}
 */
public record AwsEndpoint(@Nullable URI endpoint, @Nullable String region, @Nullable String accessKeyId,
        @Nullable String secretAccessKey) {

    public AwsEndpoint {
        if ((accessKeyId == null) != (secretAccessKey == null)) {
            throw new IllegalArgumentException("An access key ID and a secret access key go together: set both or neither");
        }
    }

    /** Points the client builder at this endpoint; what is unset is left to the SDK's defaults. */
    public <B extends AwsClientBuilder<B, C>, C> B applyTo(B builder) {
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        if (region != null) {
            builder.region(Region.of(region));
        }
        if (accessKeyId != null) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(accessKeyId, secretAccessKey)));
        }
        return builder;
    }
}
