package o11yshop.catalog.image;

import o11yshop.platform.observability.Observability;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The S3 image store, when {@code shop.images.store=s3}. The client and the presigner are set up alike,
 * so that the URLs handed to browsers point where the catalog itself looks: at another endpoint (an
 * emulator) both address the bucket path-style, as emulators expect.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "shop.images.store", havingValue = "s3")
class S3ImageStoreConfiguration {

    @Bean(destroyMethod = "close")
    S3Client imageS3Client(ImageProperties properties, Observability observability) {
        ImageProperties.S3 s3 = properties.s3();
        var builder = S3Client.builder()
                .region(region(s3))
                .credentialsProvider(credentials(s3))
                .serviceConfiguration(serviceConfiguration(s3))
                .overrideConfiguration(client -> client.addExecutionInterceptor(observability.awsCallTracing()));
        if (s3.endpoint() != null) {
            builder.endpointOverride(s3.endpoint());
        }
        return builder.build();
    }

    @Bean(destroyMethod = "close")
    S3Presigner imageS3Presigner(ImageProperties properties) {
        ImageProperties.S3 s3 = properties.s3();
        var builder = S3Presigner.builder()
                .region(region(s3))
                .credentialsProvider(credentials(s3))
                .serviceConfiguration(serviceConfiguration(s3));
        if (s3.endpoint() != null) {
            builder.endpointOverride(s3.endpoint());
        }
        return builder.build();
    }

    @Bean
    S3ImageStore s3ImageStore(S3Client imageS3Client, S3Presigner imageS3Presigner, ImageProperties properties) {
        String bucket = properties.s3().bucket();
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalStateException("shop.images.store=s3 needs shop.images.s3.bucket (SHOP_IMAGES_S3_BUCKET)");
        }
        return new S3ImageStore(imageS3Client, imageS3Presigner, bucket);
    }

    private static Region region(ImageProperties.S3 s3) {
        return s3.region() != null ? Region.of(s3.region()) : new DefaultAwsRegionProviderChain().getRegion();
    }

    private static AwsCredentialsProvider credentials(ImageProperties.S3 s3) {
        return s3.accessKeyId() != null
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKeyId(), s3.secretAccessKey()))
                : DefaultCredentialsProvider.builder().build();
    }

    private static S3Configuration serviceConfiguration(ImageProperties.S3 s3) {
        return S3Configuration.builder().pathStyleAccessEnabled(s3.endpoint() != null).build();
    }
}
