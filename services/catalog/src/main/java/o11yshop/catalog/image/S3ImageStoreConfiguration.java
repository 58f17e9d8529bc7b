package o11yshop.catalog.image;

import o11yshop.platform.aws.AwsClients;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.S3ServiceClientConfiguration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The S3 image store, when {@code shop.images.store=s3}. The presigner takes the client's settings, so that
 * the URLs handed to browsers point where the catalog itself looks: at another endpoint (an emulator) both
 * address the bucket path-style, as emulators expect.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "shop.images.store", havingValue = "s3")
class S3ImageStoreConfiguration {

    @Bean(destroyMethod = "close")
    S3Client imageS3Client(ImageProperties properties, AwsClients awsClients) {
        return awsClients.build(S3Client.builder().serviceConfiguration(serviceConfiguration(properties.s3())),
                properties.s3().awsEndpoint());
    }

    /** Presigning calls nothing, so there is nothing to trace: it only needs to sign as the client would call. */
    @Bean(destroyMethod = "close")
    S3Presigner imageS3Presigner(S3Client imageS3Client, ImageProperties properties) {
        S3ServiceClientConfiguration client = imageS3Client.serviceClientConfiguration();
        S3Presigner.Builder presigner = S3Presigner.builder()
                .region(client.region())
                .credentialsProvider(client.credentialsProvider())
                .serviceConfiguration(serviceConfiguration(properties.s3()));
        client.endpointOverride().ifPresent(presigner::endpointOverride);
        return presigner.build();
    }

    @Bean
    S3ImageStore s3ImageStore(S3Client imageS3Client, S3Presigner imageS3Presigner, ImageProperties properties) {
        String bucket = properties.s3().bucket();
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalStateException("shop.images.store=s3 needs shop.images.s3.bucket (SHOP_IMAGES_S3_BUCKET)");
        }
        return new S3ImageStore(imageS3Client, imageS3Presigner, bucket);
    }

    private static S3Configuration serviceConfiguration(ImageProperties.S3 s3) {
        return S3Configuration.builder().pathStyleAccessEnabled(s3.endpoint() != null).build();
    }
}
