package o11yshop.catalog.image;

import java.time.Duration;
import o11yshop.platform.web.health.DependencyCheck;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The image store in the catalog's readiness (S3's {@code HeadBucket}, or the embedded store's folder):
 * {@code DEGRADED}, never {@code DOWN}. Products, categories and search come from the database; without
 * the store only images and their uploads fail, and a catalog taken out of the load balancer would serve
 * nothing at all.
 */
@Component("imagesHealthIndicator")
class ImageStoreHealthIndicator implements HealthIndicator {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static final Health UNREACHABLE = DependencyCheck.degraded("The image store does not answer: products "
            + "are served, but images may not show and image uploads fail.");
    private static final Health MISSING = DependencyCheck.degraded("The image store does not exist (no bucket, or "
            + "no folder): products are served, but images do not show and image uploads fail.");

    private final DependencyCheck check;

    ImageStoreHealthIndicator(ImageStore store) {
        this.check = new DependencyCheck("images", TIMEOUT, UNREACHABLE, () -> {
            try {
                store.checkReachable();
            } catch (ImageStore.Missing e) {
                throw new DependencyCheck.Failed(MISSING, e);
            }
        });
    }

    @Override
    public Health health() {
        return check.health();
    }
}
