package o11yshop.catalog;

import o11yshop.platform.testing.ApiClient;
import o11yshop.platform.testing.OpenApiContract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A suite that only reads the catalog's demo data, exactly as the migrations make it, and checks every
 * answer against {@code api/catalog.yaml}, run on each engine by its {@link OnEngine} subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ReadOnlyCatalogSuite implements OnEngine {

    protected static final OpenApiContract CONTRACT = OpenApiContract.forService("catalog");

    protected ApiClient api;

    @BeforeAll
    protected void startCatalog() {
        api = CatalogUnderTest.on(engine()).client();
    }
}
