package o11yshop.platform.web.problem;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * A kind of problem that one service answers with beside the shared ones of {@link ProblemType}, such
 * as the order service's {@code price-changed}. Each service lists its own in an enum that implements
 * this, so that the list doubles as the service's catalogue of refusals; each constant carries its
 * {@link Definition}, and everything else is derived here once.
 */
public interface ServiceProblemType {

    Definition definition();

    /** The stable last part of the type: {@code urn:o11y-shop:problem:<slug>}. */
    default String slug() {
        return definition().slug();
    }

    default String title() {
        return definition().title();
    }

    default HttpStatus status() {
        return definition().status();
    }

    default URI uri() {
        return URI.create("urn:o11y-shop:problem:" + slug());
    }

    /** What a service's problem is: its slug, the title every answer of it carries, and its status. */
    record Definition(String slug, String title, HttpStatus status) {
    }
}
