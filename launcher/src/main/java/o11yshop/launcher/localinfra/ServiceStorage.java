package o11yshop.launcher.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import o11yshop.launcher.topology.ServiceSpec;

/**
 * The folders services keep files in when they run under the launcher, such as the catalog's uploaded
 * images: {@code .shop/storage/<service>/} in the repository, beside the launcher's other run state.
 * Files belong with the rows that name them, so they go when the embedded database starts afresh.
 */
public final class ServiceStorage {

    private final Path root;

    public ServiceStorage(Path repositoryRoot) {
        this.root = repositoryRoot.resolve(".shop").resolve("storage");
    }

    public Path of(ServiceSpec service) {
        return root.resolve(service.name());
    }

    /** Removes every service's files. */
    public void clear() {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            // children before their folders
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not empty " + root, e);
        }
    }
}
