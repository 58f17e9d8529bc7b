package o11yshop.platform.security.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's own access token from the OAuth 2.0 client-credentials grant (RFC 6749 §4.4), kept until
 * shortly before it expires. Any number of threads may ask at once: while the token is good they read it
 * without waiting, and when it must be renewed one of them fetches it and the others wait for that one
 * fetch instead of asking the issuer each. Works against the identity service and against a Cognito
 * user pool's token endpoint alike.
 */
public final class ClientCredentialsTokenSource {

    /** Renew this long before expiry at most, so that a token is never sent in its last seconds. */
    private static final Duration MAX_RENEWAL_MARGIN = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(ClientCredentialsTokenSource.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ClientCredentials credentials;
    private final RestClient http;
    private final Clock clock;
    private final ReentrantLock fetching = new ReentrantLock();
    private volatile CachedToken current;

    /**
     * @param http the client the token endpoint is called with: give it the service's tracing and
     *        request-ID interceptors and its timeouts, so that the call shows in the trace like any other
     */
    public ClientCredentialsTokenSource(ClientCredentials credentials, RestClient http, Clock clock) {
        this.credentials = credentials;
        this.http = http;
        this.clock = clock;
    }

    private record CachedToken(String value, Instant renewAt) {
    }

    /** A token good for a while yet: the kept one, or a new one. */
    public String accessToken() {
        CachedToken token = current;
        if (token != null && clock.instant().isBefore(token.renewAt())) {
            return token.value();
        }
        fetching.lock();
        try {
            token = current;
            if (token == null || !clock.instant().isBefore(token.renewAt())) {
                token = fetch();
                current = token;
            }
            return token.value();
        } finally {
            fetching.unlock();
        }
    }

    /**
     * Sends this service's token as {@code Authorization: Bearer …} on every call of a RestClient. A 401
     * answer drops the kept token, so that the next call fetches a new one: the issuer may have restarted
     * with a new key (locally, identity makes one at start), and the token would otherwise fail until it expires.
     */
    public ClientHttpRequestInterceptor bearerToken() {
        return (request, body, execution) -> {
            String token = accessToken();
            request.getHeaders().setBearerAuth(token);
            ClientHttpResponse response = execution.execute(request, body);
            if (response.getStatusCode().value() == 401) {
                forget(token);
            }
            return response;
        };
    }

    private void forget(String token) {
        fetching.lock();
        try {
            CachedToken kept = current;
            if (kept != null && kept.value().equals(token)) {
                log.warn("A call with the service token of client {} was refused (401): fetching a new one next time",
                        credentials.clientId());
                current = null;
            }
        } finally {
            fetching.unlock();
        }
    }

    private CachedToken fetch() {
        Instant requestedAt = clock.instant();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("scope", credentials.scope());
        String answer;
        try {
            answer = http.post().uri(credentials.tokenUri())
                    .headers(headers -> headers.setBasicAuth(formEncoded(credentials.clientId()),
                            formEncoded(credentials.clientSecret()), StandardCharsets.UTF_8))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(form)
                    .retrieve()
                    .body(String.class);
        } catch (RestClientResponseException e) {
            // the OAuth error (invalid_client, invalid_scope…) says what to fix in the configuration
            throw new TokenUnavailableException("the token endpoint refused client " + credentials.clientId() + ": "
                    + e.getStatusCode().value() + " " + e.getResponseBodyAsString(), e);
        } catch (RestClientException e) {
            throw new TokenUnavailableException("the token endpoint did not answer: " + e.getMessage(), e);
        }
        return read(answer, requestedAt);
    }

    private CachedToken read(String answer, Instant requestedAt) {
        JsonNode json;
        try {
            json = JSON.readTree(answer == null ? "" : answer);
        } catch (RuntimeException e) {
            throw new TokenUnavailableException("the token endpoint answered something that is not JSON", e);
        }
        String token = json.path("access_token").asString(null);
        long expiresIn = json.path("expires_in").asLong(0);
        if (token == null || token.isBlank() || expiresIn <= 0) {
            throw new TokenUnavailableException("the token endpoint's answer lacks access_token or expires_in", null);
        }
        Duration lifetime = Duration.ofSeconds(expiresIn);
        Duration margin = lifetime.dividedBy(5).compareTo(MAX_RENEWAL_MARGIN) < 0 ? lifetime.dividedBy(5) : MAX_RENEWAL_MARGIN;
        // counted from the request, not the answer: the token's clock started while it was on its way
        Instant renewAt = requestedAt.plus(lifetime).minus(margin);
        log.info("Got a service token for client {} with scope {}, valid for {}s", credentials.clientId(),
                credentials.scope(), expiresIn);
        return new CachedToken(token, renewAt);
    }

    /** RFC 6749 §2.3.1: the ID and secret are form-encoded before they go into the Basic credentials. */
    private static String formEncoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The service could not get a token; what it calls cannot be called now. */
    public static final class TokenUnavailableException extends RestClientException {

        TokenUnavailableException(String message, Throwable cause) {
            super("No service token: " + message, cause);
        }
    }
}
