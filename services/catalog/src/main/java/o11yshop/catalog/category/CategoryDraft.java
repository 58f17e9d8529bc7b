package o11yshop.catalog.category;

import o11yshop.catalog.api.model.CategoryChange;
import o11yshop.catalog.api.model.NewCategory;
import o11yshop.platform.web.problem.InvalidParameterException;

/**
 * What the admin wants a category to be, apart from its slug, which never changes. A name of spaces
 * only would pass the contract's {@code minLength} but show as nothing in the shop's menus.
 *
 * @param parentSlug null for a top-level category
 */
record CategoryDraft(String name, String description, String parentSlug, int sortOrder) {

    static CategoryDraft of(NewCategory input) {
        return of(input.getName(), input.getDescription(), input.getParentSlug(), input.getSortOrder());
    }

    static CategoryDraft of(CategoryChange input) {
        return of(input.getName(), input.getDescription(), input.getParentSlug(), input.getSortOrder());
    }

    private static CategoryDraft of(String name, String description, String parentSlug, Integer sortOrder) {
        if (name.isBlank()) {
            throw new InvalidParameterException("name", "must not be blank");
        }
        return new CategoryDraft(name.strip(), description.strip(), parentSlug, sortOrder == null ? 0 : sortOrder);
    }
}
