package o11yshop.catalog;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A suite that changes the {@link EditableCatalog} of one engine, run on each engine by its {@link OnEngine} subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EditableCatalogSuite implements OnEngine {

    protected EditableCatalog catalog;
    protected CatalogApi api;

    @BeforeAll
    protected void startCatalog() {
        catalog = EditableCatalog.on(engine());
        api = catalog.api();
    }
}
