package o11yshop.benchmark.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import o11yshop.benchmark.driver.ResourceUsage.ProcessUsage;
import org.junit.jupiter.api.Test;

class ResourceUsageTest {

    private static final List<ProcessUsage> SHOP = List.of(
            new ProcessUsage("edge (launcher JVM)", false, 1890L, "365", "370"),
            new ProcessUsage("catalog", true, 5220L, "391", "400"),
            new ProcessUsage("inventory", true, null, "-", "-"),
            new ProcessUsage("order", true, 100L, "350", "-"),
            new ProcessUsage("PostgreSQL (embedded)", false, 820L, "-", "-"));

    @Test
    void eachProcessTheShopInTotalTheLoadGeneratorAndEverythingElse() {
        ResourceUsage usage = new ResourceUsage(SHOP, 3690, 14440L, 100);

        assertEquals("""
                | Process | CPU time (s) | CPU per request (ms) | Memory at the end (RSS, MiB) | Peak memory (RSS, MiB) |
                |---|---:|---:|---:|---:|
                | edge (launcher JVM) | 18.9 | 2.67 | 365 | 370 |
                | catalog | 52.2 | 7.38 | 391 | 400 |
                | inventory | ended during the run | | | |
                | order | 1.0 | 0.14 | 350 | - |
                | PostgreSQL (embedded) | 8.2 | 1.16 | - | - |
                | **the shop in total** | 80.3 | 11.35 | - | - |
                | load generator (Maven + Gatling JVMs) | 36.9 | 5.22 | - | - |
                | everything else on the machine | 27.2 | 3.84 | - | - |
                """, usage.table(7075));
        assertEquals(Optional.of("11.35"), usage.shopCpuPerRequest(7075));
        assertEquals(Optional.of("400"), usage.servicesPeakRss());
        assertEquals(Optional.of("27.2"), usage.everythingElseSeconds());
    }

    @Test
    void withoutAShopStartedHereEverythingElseMayHoldIt() {
        ResourceUsage usage = new ResourceUsage(List.of(), 500, 2500L, 100);

        assertEquals("""
                | Process | CPU time (s) | CPU per request (ms) | Memory at the end (RSS, MiB) | Peak memory (RSS, MiB) |
                |---|---:|---:|---:|---:|
                | load generator (Maven + Gatling JVMs) | 5.0 | 50.00 | - | - |
                | everything else on the machine (the shop too, if it runs here) | 20.0 | 200.00 | - | - |
                """, usage.table(100));
        assertEquals(Optional.empty(), usage.shopCpuPerRequest(100));
        assertEquals(Optional.empty(), usage.servicesPeakRss());
    }

    @Test
    void withoutTheMachinesBusyTimeThereIsNoEverythingElse() {
        ResourceUsage usage = new ResourceUsage(List.of(), 500, null, 100);

        assertEquals(Optional.empty(), usage.everythingElseSeconds());
        assertEquals(3, usage.table(100).lines().count());
    }
}
