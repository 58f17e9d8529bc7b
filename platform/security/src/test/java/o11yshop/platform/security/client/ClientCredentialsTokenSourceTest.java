package o11yshop.platform.security.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import o11yshop.platform.security.testing.TokenEndpoint;
import o11yshop.platform.security.testing.TokenMint;
import o11yshop.platform.web.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

class ClientCredentialsTokenSourceTest {

    private static final String SCOPE = "inventory/reservations";

    private final TokenMint mint = new TokenMint("http://issuer.test", TokenMint.newKey());
    private final TokenEndpoint endpoint = TokenEndpoint.forClient(mint, "order", "s3cret:with&signs", SCOPE);
    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));

    @AfterEach
    void stop() {
        endpoint.close();
    }

    @Test
    void manyThreadsAskingAtOnceCauseOneFetchAndShareTheToken() throws Exception {
        ClientCredentialsTokenSource tokens = source("s3cret:with&signs");
        List<Callable<String>> askers = IntStream.range(0, 32).<Callable<String>>mapToObj(i -> tokens::accessToken).toList();

        List<String> answers;
        try (ExecutorService threads = Executors.newFixedThreadPool(16)) {
            answers = threads.invokeAll(askers).stream().map(ClientCredentialsTokenSourceTest::get).toList();
        }

        assertThat(answers).hasSize(32).containsOnly(answers.getFirst());
        assertThat(endpoint.tokensIssued()).isEqualTo(1);
    }

    @Test
    void theTokenIsKeptUntilShortlyBeforeItExpires() {
        ClientCredentialsTokenSource tokens = source("s3cret:with&signs");
        String first = tokens.accessToken();

        clock.advance(Duration.ofSeconds(269));
        assertThat(tokens.accessToken()).isEqualTo(first);
        assertThat(endpoint.tokensIssued()).isEqualTo(1);

        // 300 s tokens are renewed 30 s before they run out
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.accessToken()).isNotEqualTo(first);
        assertThat(endpoint.tokensIssued()).isEqualTo(2);
    }

    @Test
    void aCallRefusedWith401DropsTheTokenSoTheNextCallFetchesANewOne() throws Exception {
        ClientCredentialsTokenSource tokens = source("s3cret:with&signs");
        String first = tokens.accessToken();
        try (TokenEndpoint refusing = TokenEndpoint.forClient(mint, "order", "another secret", SCOPE)) {
            // any endpoint that answers 401 to the service's token does: this one refuses its Basic credentials
            RestClient client = RestClient.builder().requestInterceptor(tokens.bearerToken()).build();
            client.post().uri(refusing.uri()).retrieve().onStatus(status -> true, (request, response) -> { }).toBodilessEntity();
        }

        assertThat(tokens.accessToken()).isNotEqualTo(first);
        assertThat(endpoint.tokensIssued()).isEqualTo(2);
    }

    @Test
    void aRefusedClientSaysSoWithoutItsSecret() {
        ClientCredentialsTokenSource tokens = source("wrong");

        assertThatThrownBy(tokens::accessToken)
                .isInstanceOf(ClientCredentialsTokenSource.TokenUnavailableException.class)
                .hasMessageContaining("invalid_client")
                .hasMessageNotContaining("wrong");
    }

    @Test
    void theCredentialsNeverPrintTheSecret() {
        assertThat(new ClientCredentials(endpoint.uri(), "order", "s3cret", SCOPE).toString()).doesNotContain("s3cret");
        assertThatThrownBy(() -> new ClientCredentials(endpoint.uri(), "order", " ", SCOPE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("secret");
    }

    private ClientCredentialsTokenSource source(String secret) {
        return new ClientCredentialsTokenSource(new ClientCredentials(endpoint.uri(), "order", secret, SCOPE),
                RestClient.create(), clock);
    }

    private static String get(Future<String> answer) {
        try {
            return answer.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
