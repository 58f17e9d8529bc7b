package o11yshop.catalog.image;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import o11yshop.platform.aws.AwsEndpoint;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where product images are stored and how browsers reach them.
 *
 * @param baseUrl what an object key is appended to for the browser: the catalog's own {@code /images/}
 *        locally, the CloudFront distribution in front of the bucket in AWS
 * @param store {@code local} (a folder, the default) or {@code s3}
 * @param uploadUrlLifetime how long a pre-signed upload URL works
 * @param local the folder store
 * @param s3 the S3 store
 */
@ConfigurationProperties("shop.images")
public record ImageProperties(
        String baseUrl,
        @DefaultValue("local") Store store,
        @DefaultValue("10m") Duration uploadUrlLifetime,
        @DefaultValue Local local,
        @DefaultValue S3 s3) {

    public enum Store { LOCAL, S3 }

    /**
     * @param directory where uploaded objects are kept ({@code SHOP_IMAGES_LOCAL_DIRECTORY}; the launcher
     *        gives the catalog a folder of its own)
     * @param signingKey the secret the upload URLs are signed with; a new random one at every start when
     *        unset, which only invalidates the URLs handed out before the restart
     */
    public record Local(Path directory, @Nullable String signingKey) {
    }

    /**
     * @param bucket the bucket the images are kept in
     * @param endpoint another S3 endpoint, such as a local emulator (addressed path-style); AWS's own when unset
     * @param region the bucket's region; the SDK's default chain ({@code AWS_REGION}) when unset
     * @param accessKeyId only for a local emulator; in AWS the SDK's default chain (the task role) supplies
     *        credentials
     * @param secretAccessKey goes with {@code accessKeyId}
     */
    public record S3(@Nullable String bucket, @Nullable URI endpoint, @Nullable String region,
            @Nullable String accessKeyId, @Nullable String secretAccessKey) {

        AwsEndpoint awsEndpoint() {
            return new AwsEndpoint(endpoint, region, accessKeyId, secretAccessKey);
        }
    }
}
