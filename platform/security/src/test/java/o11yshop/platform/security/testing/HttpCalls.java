package o11yshop.platform.security.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A test's request sent and its answer read as text, with {@code java.net.http}'s checked exceptions turned
 * into unchecked ones (an interrupt keeps the thread's flag). Here rather than in platform-testing, which
 * depends on this module's test-jar, so that this module's own tests can use it too.
 */
public final class HttpCalls {

    private HttpCalls() {
    }

    public static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
