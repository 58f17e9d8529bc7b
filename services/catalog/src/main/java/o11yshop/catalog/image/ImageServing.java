package o11yshop.catalog.image;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves product images at {@code /images/**}: the ones that ship with the catalog (the demo data's
 * pictures) and, with the embedded store, the uploaded ones. Images are immutable once stored under a
 * key, so browsers may keep them a day. With S3 the uploaded images are served from the bucket.
 */
@Configuration
class ImageServing implements WebMvcConfigurer {

    private final ObjectProvider<LocalImageStore> localStore;

    ImageServing(ObjectProvider<LocalImageStore> localStore) {
        this.localStore = localStore;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        List<String> locations = new ArrayList<>(List.of("classpath:/images/"));
        localStore.ifAvailable(store -> locations.add(store.objectsDirectory().toUri().toString()));
        registry.addResourceHandler("/images/**")
                .addResourceLocations(locations.toArray(String[]::new))
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
    }
}
