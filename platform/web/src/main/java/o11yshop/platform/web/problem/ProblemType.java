package o11yshop.platform.web.problem;

import java.net.URI;

/**
 * The stable {@code type} of every problem the shop answers with (RFC 9457). Clients, tests and
 * dashboards match on these, never on the human-readable title or detail.
 */
public enum ProblemType {
    INVALID_PARAMETER("invalid-parameter", "Invalid request parameter"),
    MALFORMED_REQUEST("malformed-request", "Malformed request"),
    NOT_FOUND("not-found", "Resource not found"),
    ROUTE_NOT_FOUND("route-not-found", "No such endpoint"),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type"),
    BODY_TOO_LARGE("body-too-large", "Request body too large"),
    INTERNAL_ERROR("internal-error", "Internal error");

    private final URI uri;
    private final String title;

    ProblemType(String slug, String title) {
        this.uri = URI.create("urn:o11y-shop:problem:" + slug);
        this.title = title;
    }

    public URI uri() {
        return uri;
    }

    public String title() {
        return title;
    }
}
