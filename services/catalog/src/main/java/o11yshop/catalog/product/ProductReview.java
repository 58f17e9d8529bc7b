package o11yshop.catalog.product;

import java.time.LocalDateTime;

record ProductReview(long id, String author, int rating, String title, String body, LocalDateTime createdAt) {
}
