package o11yshop.catalog.category;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The category hierarchy as it is in the database now. */
@Service
public class CategoryService {

    private final CategoryRepository repository;

    CategoryService(CategoryRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public CategoryHierarchy hierarchy() {
        return repository.loadHierarchy();
    }
}
