package o11yshop.launcher.supervisor;

import static o11yshop.launcher.topology.TestTopology.SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import o11yshop.launcher.localinfra.DatabaseTarget;
import o11yshop.launcher.topology.ServiceSpec;
import org.junit.jupiter.api.Test;

class ServiceCommandTest {

    private final Path root = Path.of("/shop");
    private final ServiceCommand command = new ServiceCommand(root, SHOP,
            new DatabaseTarget("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", ""),
            Map.of("SHOP_EVENTS_SQS_ENDPOINT", "http://127.0.0.1:9324"),
            Map.of("identity", Map.of("SHOP_ADMIN_PASSWORD", "secret-for-identity-only")));
    private final ServiceSpec catalog = SHOP.service("catalog").orElseThrow();

    @Test
    void configuresTheServiceThroughItsEnvironment() {
        Map<String, String> environment = command.environmentFor(catalog);

        assertThat(environment)
                .containsEntry("SERVER_PORT", "8081")
                .containsEntry("SPRING_PROFILES_ACTIVE", "local")
                .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=catalog")
                .containsEntry("SPRING_DATASOURCE_USERNAME", "postgres")
                .containsEntry("SPRING_DATASOURCE_PASSWORD", "")
                .containsEntry("SHOP_DB_SCHEMA", "catalog")
                .containsEntry("SHOP_PARENT_PID", Long.toString(ProcessHandle.current().pid()))
                .containsEntry("SHOP_INVENTORY_BASE_URL", "http://127.0.0.1:8082/api/inventory")
                .containsEntry("SHOP_EVENTS_SQS_ENDPOINT", "http://127.0.0.1:9324");
    }

    @Test
    void theCatalogKeepsItsImagesInAFolderOfItsOwn() {
        assertThat(command.environmentFor(catalog))
                .containsEntry("SHOP_IMAGES_LOCAL_DIRECTORY", root.resolve(".shop/storage/catalog").toString());
        assertThat(command.environmentFor(SHOP.service("inventory").orElseThrow()))
                .doesNotContainKey("SHOP_IMAGES_LOCAL_DIRECTORY");
    }

    @Test
    void aServicesOwnSettingsReachOnlyThatService() {
        ServiceSpec identity = SHOP.service("identity").orElseThrow();

        assertThat(command.environmentFor(identity)).containsEntry("SHOP_ADMIN_PASSWORD", "secret-for-identity-only");
        assertThat(command.environmentFor(catalog)).doesNotContainKey("SHOP_ADMIN_PASSWORD");
    }

    @Test
    void runsTheJarInItsOwnSmallJvm() {
        ProcessBuilder builder = command.processFor(catalog);

        assertThat(builder.command()).endsWith("-XX:+UseSerialGC", "-Xmx384m", "-jar",
                root.resolve("services/catalog/target/catalog-exec.jar").toString());
        assertThat(builder.command().getFirst()).startsWith(System.getProperty("java.home"));
        assertThat(builder.environment()).containsEntry("SERVER_PORT", "8081");
    }

    @Test
    void aVariableNotToBeInheritedIsLeftOutUnlessTheLauncherSetsIt() {
        // PATH stands in for a sampler left set in the learner's shell: every test JVM has one
        assumeThat(System.getenv("PATH")).isNotNull();
        ServiceCommand withholding = new ServiceCommand(root, SHOP,
                new DatabaseTarget("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", ""),
                Map.of("SHOP_EVENTS_SQS_ENDPOINT", "http://127.0.0.1:9324"), Map.of(),
                Set.of("PATH", "SHOP_EVENTS_SQS_ENDPOINT"));

        Map<String, String> environment = withholding.processFor(catalog).environment();

        assertThat(environment).doesNotContainKey("PATH")
                .containsEntry("SHOP_EVENTS_SQS_ENDPOINT", "http://127.0.0.1:9324");
        assertThat(command.processFor(catalog).environment()).containsKey("PATH");
    }
}
