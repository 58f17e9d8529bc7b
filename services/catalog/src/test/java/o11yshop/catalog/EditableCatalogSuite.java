package o11yshop.catalog;

import o11yshop.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A suite that changes the {@link EditableCatalog} of one engine; each engine's subclass names the engine,
 * so that the same tests run on PostgreSQL and on MySQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EditableCatalogSuite {

    protected EditableCatalog catalog;
    protected CatalogApi api;

    protected abstract TestDatabase.Engine engine();

    @BeforeAll
    protected void startCatalog() {
        catalog = EditableCatalog.on(engine());
        api = catalog.api();
    }
}
