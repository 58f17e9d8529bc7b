package o11yshop.launcher;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Finds the repository folder, where the service jars and the built front end are. */
public final class RepositoryRoot {

    private RepositoryRoot() {
    }

    /** {@code SHOP_ROOT}, else the working directory or a folder above it, else the folders above the jar. */
    public static Optional<Path> find(Map<String, String> environment) {
        String configured = environment.get("SHOP_ROOT");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured).toAbsolutePath().normalize());
        }
        return searchUpwards(Path.of("").toAbsolutePath()).or(() -> jarLocation().flatMap(RepositoryRoot::searchUpwards));
    }

    public static Optional<Path> searchUpwards(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("services")) && Files.isRegularFile(dir.resolve("mvnw"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> jarLocation() {
        try {
            return Optional.of(Path.of(RepositoryRoot.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
