package o11yshop.launcher.topology;

import java.nio.file.Path;
import o11yshop.launcher.RepositoryRoot;

/** The shop's own topology, as the launcher reads it from the repository under test. */
public final class TestTopology {

    public static final Topology SHOP = Topology.load(RepositoryRoot.searchUpwards(Path.of("").toAbsolutePath()).orElseThrow());

    private TestTopology() {
    }
}
