package o11yshop.catalog.product;

import java.math.BigDecimal;
import java.math.RoundingMode;
import o11yshop.catalog.api.model.Rating;

/** Average stars and how many reviews they come from; 0 and 0 for a product without reviews. */
record RatingSummary(double average, int count) {

    static final RatingSummary NONE = new RatingSummary(0, 0);

    static RatingSummary of(BigDecimal average, int count) {
        return new RatingSummary(average.setScale(2, RoundingMode.HALF_UP).doubleValue(), count);
    }

    Rating toApi() {
        return new Rating(average, count);
    }
}
