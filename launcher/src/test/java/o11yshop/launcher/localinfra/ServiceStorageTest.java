package o11yshop.launcher.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import o11yshop.launcher.topology.ServiceSpec;
import o11yshop.launcher.topology.TestTopology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceStorageTest {

    @TempDir
    Path root;

    private final ServiceSpec catalog = TestTopology.SHOP.service("catalog").orElseThrow();

    @Test
    void eachServiceHasAFolderUnderTheRunState() {
        assertThat(new ServiceStorage(root).of(catalog)).isEqualTo(root.resolve(".shop/storage/catalog"));
    }

    @Test
    void clearingRemovesEveryServicesFilesButNothingElseOfTheRunState() throws IOException {
        ServiceStorage storage = new ServiceStorage(root);
        Path image = storage.of(catalog).resolve("objects/uploads/products/1/a.png");
        Files.createDirectories(image.getParent());
        Files.write(image, new byte[] {1, 2, 3});
        Path databaseLog = Files.writeString(root.resolve(".shop/embedded-postgres.log"), "log");

        storage.clear();

        assertThat(root.resolve(".shop/storage")).doesNotExist();
        assertThat(databaseLog).exists();
    }

    @Test
    void clearingNothingIsFine() {
        new ServiceStorage(root).clear();

        assertThat(root.resolve(".shop")).doesNotExist();
    }
}
