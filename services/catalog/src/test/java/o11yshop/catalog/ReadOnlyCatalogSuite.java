package o11yshop.catalog;

import o11yshop.platform.testing.ApiClient;
import o11yshop.platform.testing.OpenApiContract;
import o11yshop.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A suite that only reads the catalog's demo data, exactly as the migrations make it, and checks every
 * answer against {@code api/catalog.yaml}; each engine's subclass names the engine, so that the same
 * tests run on PostgreSQL and on MySQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ReadOnlyCatalogSuite {

    protected static final OpenApiContract CONTRACT = OpenApiContract.forService("catalog");

    protected ApiClient api;

    protected abstract TestDatabase.Engine engine();

    @BeforeAll
    protected void startCatalog() {
        api = CatalogUnderTest.on(engine()).client();
    }
}
