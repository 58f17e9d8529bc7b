package o11yshop.catalog.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadSignatureTest {

    private final UploadKey key = UploadKey.newFor(7, ImageType.PNG);
    private final UploadSignature signature = UploadSignature.withKey("secret");

    @Test
    void aSignatureMatchesWhatWasSignedOnly() {
        String signed = signature.sign(key, "image/png", 1000, 1_900_000_000L);

        assertThat(signature.matches(signed, key, "image/png", 1000, 1_900_000_000L)).isTrue();
        assertThat(signature.matches(signed, UploadKey.newFor(7, ImageType.PNG), "image/png", 1000, 1_900_000_000L)).isFalse();
        assertThat(signature.matches(signed, key, "image/jpeg", 1000, 1_900_000_000L)).isFalse();
        assertThat(signature.matches(signed, key, "image/png", 1001, 1_900_000_000L)).isFalse();
        assertThat(signature.matches(signed, key, "image/png", 1000, 1_900_000_001L)).isFalse();
        assertThat(signature.matches(signed.toUpperCase(), key, "image/png", 1000, 1_900_000_000L)).isFalse();
        assertThat(signature.matches("", key, "image/png", 1000, 1_900_000_000L)).isFalse();
    }

    @Test
    void onlyTheSameKeySignsAlike() {
        String signed = signature.sign(key, "image/png", 1000, 1_900_000_000L);

        assertThat(UploadSignature.withKey("secret").sign(key, "image/png", 1000, 1_900_000_000L)).isEqualTo(signed);
        assertThat(UploadSignature.withKey("other").sign(key, "image/png", 1000, 1_900_000_000L)).isNotEqualTo(signed);
        assertThat(UploadSignature.withKey(null).sign(key, "image/png", 1000, 1_900_000_000L))
                .isNotEqualTo(UploadSignature.withKey(null).sign(key, "image/png", 1000, 1_900_000_000L));
    }
}
