package o11yshop.platform.web.problem;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * A kind of problem that one service answers with beside the shared ones of {@link ProblemType}, such
 * as the order service's {@code price-changed}. Each service lists its own in an enum that implements
 * this, so that the list doubles as the service's catalogue of refusals.
 */
public interface ServiceProblemType {

    /** The stable last part of the type: {@code urn:o11y-shop:problem:<slug>}. */
    String slug();

    String title();

    HttpStatus status();

    default URI uri() {
        return URI.create("urn:o11y-shop:problem:" + slug());
    }
}
