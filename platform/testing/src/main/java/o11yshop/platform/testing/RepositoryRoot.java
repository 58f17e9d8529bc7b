package o11yshop.platform.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root (the folder with {@code api/} and {@code mvnw}) from wherever a test runs. */
public final class RepositoryRoot {

    private RepositoryRoot() {
    }

    public static Path find() {
        String configured = System.getenv("SHOP_ROOT");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("api")) && Files.exists(dir.resolve("mvnw"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("Cannot find the o11y-shop repository root above " + Path.of("").toAbsolutePath());
    }
}
