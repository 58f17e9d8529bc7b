package o11yshop.catalog.category;

import o11yshop.catalog.api.model.CategoryChange;
import o11yshop.catalog.api.model.CategoryDetail;
import o11yshop.catalog.api.model.NewCategory;
import o11yshop.catalog.problem.CatalogProblemType;
import o11yshop.platform.web.problem.ResourceNotFoundException;
import o11yshop.platform.web.problem.ServiceProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The admin console's changes to the category hierarchy. Every change locks the whole hierarchy first
 * and checks it as it then is, so that its rules hold even when two admins change it at once.
 */
@Service
public class CategoryAdminService {

    private static final Logger log = LoggerFactory.getLogger(CategoryAdminService.class);

    private final CategoryRepository repository;
    private final TransactionTemplate transactions;

    CategoryAdminService(CategoryRepository repository, TransactionTemplate transactions) {
        this.repository = repository;
        this.transactions = transactions;
    }

    public CategoryDetail create(NewCategory input) {
        String slug = input.getSlug();
        CategoryDraft draft = CategoryDraft.of(input);
        transactions.executeWithoutResult(status -> {
            CategoryHierarchy tree = lockedHierarchy();
            Long parentId = parentId(tree, draft);
            if (tree.bySlug(slug).isPresent()) {
                throw slugTaken(slug);
            }
            try {
                repository.insert(slug, draft, parentId);
            } catch (DuplicateKeyException e) {
                throw slugTaken(slug);
            }
        });
        log.info("Created category {}", slug);
        return detail(slug);
    }

    public CategoryDetail update(String slug, CategoryChange change) {
        CategoryDraft draft = CategoryDraft.of(change);
        transactions.executeWithoutResult(status -> {
            CategoryHierarchy tree = lockedHierarchy();
            CategoryNode category = existing(tree, slug);
            Long parentId = parentId(tree, draft);
            if (parentId != null && tree.selfAndDescendants(category.id()).contains(parentId)) {
                throw new ServiceProblem(CatalogProblemType.CATEGORY_CYCLE,
                        "'" + draft.parentSlug() + "' is " + slug + " itself or one of its sub-categories.");
            }
            repository.update(category.id(), draft, parentId);
        });
        log.info("Changed category {}", slug);
        return detail(slug);
    }

    /** Only an empty category goes: products, even deleted ones, keep theirs for the orders that name them. */
    public void delete(String slug) {
        transactions.executeWithoutResult(status -> {
            CategoryHierarchy tree = lockedHierarchy();
            CategoryNode category = existing(tree, slug);
            if (!tree.childrenOf(category.id()).isEmpty()) {
                throw inUse(slug, "it has sub-categories");
            }
            if (repository.hasProducts(category.id())) {
                throw inUse(slug, "products belong to it (deleted ones count too)");
            }
            repository.delete(category.id());
        });
        log.info("Deleted category {}", slug);
    }

    private CategoryHierarchy lockedHierarchy() {
        repository.lockAll();
        return repository.loadHierarchy();
    }

    private CategoryDetail detail(String slug) {
        CategoryHierarchy tree = repository.loadHierarchy();
        return CategoryDetails.of(tree, existing(tree, slug));
    }

    private static CategoryNode existing(CategoryHierarchy tree, String slug) {
        return tree.bySlug(slug).orElseThrow(() -> new ResourceNotFoundException("Category", slug));
    }

    private static Long parentId(CategoryHierarchy tree, CategoryDraft draft) {
        if (draft.parentSlug() == null) {
            return null;
        }
        return tree.bySlug(draft.parentSlug())
                .map(CategoryNode::id)
                .orElseThrow(() -> new ServiceProblem(CatalogProblemType.UNKNOWN_CATEGORY,
                        "There is no category '" + draft.parentSlug() + "' to be the parent."));
    }

    private static ServiceProblem slugTaken(String slug) {
        return new ServiceProblem(CatalogProblemType.SLUG_TAKEN, "The slug " + slug + " belongs to another category.");
    }

    private static ServiceProblem inUse(String slug, String reason) {
        return new ServiceProblem(CatalogProblemType.CATEGORY_IN_USE, slug + " cannot be deleted: " + reason + ".");
    }
}
