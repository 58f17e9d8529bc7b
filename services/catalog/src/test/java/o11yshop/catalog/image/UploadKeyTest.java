package o11yshop.catalog.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UploadKeyTest {

    @Test
    void aNewKeyIsUnderTheProductsPrefixWithTheTypesExtension() {
        UploadKey key = UploadKey.newFor(42, ImageType.WEBP);

        assertThat(key.value()).matches("uploads/products/42/[0-9a-f-]{36}\\.webp");
        assertThat(UploadKey.parse(key.value())).hasValue(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "uploads/products/42/3f2b1c9e-8d7a-4b6c-9e5f-1a2b3c4d5e6f.gif",
            "uploads/products/42/3f2b1c9e-8d7a-4b6c-9e5f-1a2b3c4d5e6f.PNG",
            "uploads/products/42/../43/3f2b1c9e-8d7a-4b6c-9e5f-1a2b3c4d5e6f.png",
            "uploads/products/042/3f2b1c9e-8d7a-4b6c-9e5f-1a2b3c4d5e6f.png",
            "uploads/products/0/3f2b1c9e-8d7a-4b6c-9e5f-1a2b3c4d5e6f.png",
            "uploads/products/42/3F2B1C9E-8D7A-4B6C-9E5F-1A2B3C4D5E6F.png",
            "uploads/products/42/3f2b1c9e-8d7a-4b6c-9e5f-1a2b3c4d5e6f.png/x.png",
            "/uploads/products/42/3f2b1c9e-8d7a-4b6c-9e5f-1a2b3c4d5e6f.png",
            "products/AUD-001.svg",
            "uploads/products/42/evil.png",
            ""})
    void onlyKeysOfTheCatalogsOwnShapeAreAccepted(String objectKey) {
        assertThat(UploadKey.parse(objectKey)).isEmpty();
    }
}
