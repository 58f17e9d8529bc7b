package o11yshop.catalog.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import o11yshop.catalog.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MagicBytesTest {

    @Test
    void recognisesRealImages() {
        assertThat(MagicBytes.typeOf(TestImages.png())).hasValue(ImageType.PNG);
        assertThat(MagicBytes.typeOf(TestImages.jpeg())).hasValue(ImageType.JPEG);
        assertThat(MagicBytes.typeOf(TestImages.webp())).hasValue(ImageType.WEBP);
    }

    @Test
    void needsOnlyTheFirstTwelveBytes() {
        assertThat(MagicBytes.typeOf(java.util.Arrays.copyOf(TestImages.webp(), MagicBytes.LENGTH))).hasValue(ImageType.WEBP);
        assertThat(MagicBytes.typeOf(java.util.Arrays.copyOf(TestImages.png(), 8))).hasValue(ImageType.PNG);
        assertThat(MagicBytes.typeOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})).hasValue(ImageType.JPEG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "GIF89a", "<svg xmlns=\"http://www.w3.org/2000/svg\">", "<html><script>", "%PDF-1.7",
            "RIFF\0\0\0\0WAVEfmt ", "RIFF\0\0\0\0WEB", "\u0089PNG\r\n", "MZ\u0090\0"})
    void refusesEverythingElse(String start) {
        assertThat(MagicBytes.typeOf(start.getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
    }

    @Test
    void aTruncatedSignatureIsNoImage() {
        assertThat(MagicBytes.typeOf(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEqualTo(Optional.empty());
    }
}
