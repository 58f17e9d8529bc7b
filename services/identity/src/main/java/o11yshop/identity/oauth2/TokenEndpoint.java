package o11yshop.identity.oauth2;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import o11yshop.identity.WhenLocalProvider;
import o11yshop.identity.issuer.AccessTokenIssuer;
import o11yshop.identity.provider.IssuedToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /oauth2/token}: the client-credentials grant (RFC 6749 §4.4) for services calling other
 * services, as a Cognito user pool's token endpoint serves it — a form-encoded body, the client
 * authenticated with HTTP Basic, a short-lived access token with the granted scopes. Written by hand
 * rather than generated from api/identity.yaml (where it is {@code x-internal} to the generator): it
 * speaks OAuth, so every refusal, a JSON body or a missing parameter included, is an RFC 6749 error and
 * not the shop's problem details.
 */
@RestController
@WhenLocalProvider
class TokenEndpoint {

    private static final Logger log = LoggerFactory.getLogger(TokenEndpoint.class);
    private static final String CLIENT_CREDENTIALS = "client_credentials";

    private final RegisteredClients clients;
    private final AccessTokenIssuer issuer;
    private final ServiceClientProperties properties;

    TokenEndpoint(RegisteredClients clients, AccessTokenIssuer issuer, ServiceClientProperties properties) {
        this.clients = clients;
        this.issuer = issuer;
        this.properties = properties;
    }

    @PostMapping("/oauth2/token")
    ResponseEntity<Map<String, Object>> issueToken(HttpServletRequest request) {
        RegisteredClients.AuthenticatedClient client = authenticate(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (!isForm(request.getContentType())) {
            throw OAuthError.invalidRequest("The body must be application/x-www-form-urlencoded");
        }
        String grantType = single(request, "grant_type");
        if (grantType == null) {
            throw OAuthError.invalidRequest("grant_type is missing");
        }
        if (!CLIENT_CREDENTIALS.equals(grantType)) {
            throw OAuthError.unsupportedGrantType();
        }
        List<String> scopes = granted(client, single(request, "scope"));
        IssuedToken token = issuer.issueForClient(client.id(), scopes, properties.serviceTokenLifetime());
        log.info("Issued a service token to client {} with scope {}", client.id(), String.join(" ", scopes));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", token.accessToken());
        answer.put("token_type", "Bearer");
        answer.put("expires_in", token.expiresIn().toSeconds());
        answer.put("scope", String.join(" ", scopes));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header(HttpHeaders.PRAGMA, "no-cache")
                .contentType(MediaType.APPLICATION_JSON).body(answer);
    }

    @ExceptionHandler(OAuthError.class)
    ResponseEntity<Map<String, String>> refused(OAuthError refusal) {
        log.info("Refused a token request: {} ({})", refusal.error(), refusal.getMessage());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(refusal.status())
                .cacheControl(CacheControl.noStore()).header(HttpHeaders.PRAGMA, "no-cache")
                .contentType(MediaType.APPLICATION_JSON);
        if (refusal.status().value() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"o11y-shop\", charset=\"UTF-8\"");
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", refusal.error());
        body.put("error_description", refusal.getMessage());
        return response.body(body);
    }

    /** RFC 6749 §2.3.1: HTTP Basic with the form-encoded client ID and secret. */
    private RegisteredClients.AuthenticatedClient authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw OAuthError.invalidClient();
        }
        String credentials;
        try {
            credentials = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw OAuthError.invalidClient();
        }
        int colon = credentials.indexOf(':');
        if (colon <= 0) {
            throw OAuthError.invalidClient();
        }
        try {
            String clientId = URLDecoder.decode(credentials.substring(0, colon), StandardCharsets.UTF_8);
            String secret = URLDecoder.decode(credentials.substring(colon + 1), StandardCharsets.UTF_8);
            return clients.authenticate(clientId, secret).orElseThrow(OAuthError::invalidClient);
        } catch (IllegalArgumentException malformedEncoding) {
            throw OAuthError.invalidClient();
        }
    }

    /** No scope asked for: every scope the client has, as Cognito does. Any scope it lacks refuses the request. */
    private static List<String> granted(RegisteredClients.AuthenticatedClient client, String requested) {
        if (requested == null || requested.isBlank()) {
            if (client.scopes().isEmpty()) {
                throw OAuthError.invalidScope("The client has no scopes");
            }
            return client.scopes();
        }
        Set<String> asked = new LinkedHashSet<>(List.of(requested.trim().split(" +")));
        for (String scope : asked) {
            if (!client.scopes().contains(scope)) {
                throw OAuthError.invalidScope("The client may not ask for this scope");
            }
        }
        return List.copyOf(asked);
    }

    private static String single(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        if (values == null) {
            return null;
        }
        if (values.length > 1) {
            throw OAuthError.invalidRequest(name + " is given more than once");
        }
        return values[0];
    }

    private static boolean isForm(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            return MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(contentType));
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}
