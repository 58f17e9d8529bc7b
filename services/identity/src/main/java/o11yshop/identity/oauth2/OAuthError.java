package o11yshop.identity.oauth2;

import org.springframework.http.HttpStatus;

/**
 * A refused token request, answered as RFC 6749 §5.2 says ({@code {"error": …, "error_description": …}})
 * rather than as problem details: that is what every OAuth client library reads, and what Cognito's
 * token endpoint answers, so the order service's client handles both alike.
 */
class OAuthError extends RuntimeException {

    private final HttpStatus status;
    private final String error;

    private OAuthError(HttpStatus status, String error, String description) {
        super(description);
        this.status = status;
        this.error = error;
    }

    /** Unknown client, wrong secret or no client authentication: 401 with a Basic challenge. */
    static OAuthError invalidClient() {
        return new OAuthError(HttpStatus.UNAUTHORIZED, "invalid_client",
                "Client authentication failed: send the client ID and secret with HTTP Basic");
    }

    static OAuthError invalidRequest(String description) {
        return new OAuthError(HttpStatus.BAD_REQUEST, "invalid_request", description);
    }

    static OAuthError unsupportedGrantType() {
        return new OAuthError(HttpStatus.BAD_REQUEST, "unsupported_grant_type",
                "Only grant_type=client_credentials is supported");
    }

    static OAuthError invalidScope(String description) {
        return new OAuthError(HttpStatus.BAD_REQUEST, "invalid_scope", description);
    }

    HttpStatus status() {
        return status;
    }

    String error() {
        return error;
    }
}
