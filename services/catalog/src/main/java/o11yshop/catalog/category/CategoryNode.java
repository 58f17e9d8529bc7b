package o11yshop.catalog.category;

/** One row of the category hierarchy; {@code parentId} is null for a top-level category. */
public record CategoryNode(long id, String slug, String name, String description, Long parentId) {
}
