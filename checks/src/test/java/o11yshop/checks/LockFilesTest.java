package o11yshop.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import o11yshop.platform.testing.RepositoryRoot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Keeps every npm lock file installable on every platform. A lock written while the registry served only this
 * machine's builds of a package with platform builds (next's {@code @next/swc-*}, tailwind's
 * {@code @tailwindcss/oxide-*}) lacks the others' entries; {@code npm ci} then refuses it on a full registry
 * ("Missing: @next/swc-darwin-arm64@… from lock file") and installs nothing on a Mac or a Windows machine.
 * Such a lock is regenerated with {@code npm install}.
 */
class LockFilesTest {

    private static final Path ROOT = RepositoryRoot.find();

    static Stream<Path> lockFiles() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            List<Path> locks = files
                    .filter(path -> path.getFileName().toString().equals("package-lock.json"))
                    .filter(path -> !ROOT.relativize(path).toString().contains("node_modules"))
                    .map(ROOT::relativize)
                    .toList();
            assertThat(locks).as("the project's npm lock files").isNotEmpty();
            return locks.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("lockFiles")
    void everyOptionalDependencyHasAnEntry(Path lockFile) throws IOException {
        JsonNode packages = new ObjectMapper().readTree(Files.readString(ROOT.resolve(lockFile))).path("packages");
        assertThat(packages.isObject()).as("%s has a packages section (lockfileVersion 2 or 3)", lockFile).isTrue();

        List<String> missing = new ArrayList<>();
        for (var entry : packages.properties()) {
            for (String optional : entry.getValue().path("optionalDependencies").propertyNames()) {
                if (!resolves(packages, entry.getKey(), optional)) {
                    missing.add(optional + " (optional dependency of " + displayName(entry.getKey()) + ")");
                }
            }
        }

        assertThat(missing).as("%s lacks these packages' entries: regenerate it with npm install on a registry "
                + "that serves every platform's builds", lockFile).isEmpty();
    }

    /** Node's module resolution: the package's own node_modules, then each enclosing one up to the root's. */
    private static boolean resolves(JsonNode packages, String from, String dependency) {
        String dir = from;
        while (true) {
            String candidate = (dir.isEmpty() ? "" : dir + "/") + "node_modules/" + dependency;
            if (packages.has(candidate)) {
                return true;
            }
            if (dir.isEmpty()) {
                return false;
            }
            int enclosing = dir.lastIndexOf("/node_modules/");
            dir = enclosing < 0 ? "" : dir.substring(0, enclosing);
        }
    }

    private static String displayName(String lockKey) {
        return lockKey.isEmpty() ? "the project" : lockKey.substring(lockKey.lastIndexOf("node_modules/") + "node_modules/".length());
    }
}
