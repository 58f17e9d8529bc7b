package o11yshop.platform.security;

/**
 * The claims o11y-shop reads from an access token and the groups it knows. They are Amazon Cognito's
 * names, so that a token from the local identity service and one from a Cognito user pool are read
 * the same way by every service.
 */
public final class ShopClaims {

    /** The groups the user belongs to; each becomes a role {@code ROLE_<group>}. */
    public static final String GROUPS = "cognito:groups";
    /** {@code access} for access tokens; Cognito's ID tokens say {@code id} and must not open the API. */
    public static final String TOKEN_USE = "token_use";
    public static final String ACCESS_TOKEN_USE = "access";
    /** Present in the local issuer's tokens; a Cognito access token carries it only when a pre-token-generation trigger adds it. */
    public static final String EMAIL = "email";
    /** A service token's scopes, space-separated as in OAuth 2.0 (e.g. {@code inventory/reservations}). */
    public static final String SCOPE = "scope";
    /** The app client the token was issued to; in a client-credentials (service) token it equals {@code sub}. */
    public static final String CLIENT_ID = "client_id";

    public static final String CUSTOMER_GROUP = "customer";
    public static final String ADMIN_GROUP = "admin";

    private ShopClaims() {
    }
}
