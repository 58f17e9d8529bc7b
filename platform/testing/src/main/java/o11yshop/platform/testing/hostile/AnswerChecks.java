package o11yshop.platform.testing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import o11yshop.platform.testing.RawHttp;
import tools.jackson.databind.ObjectMapper;

/**
 * What every refusal must look like to the outside: RFC 9457 problem details, and nothing of the inside —
 * no stack trace, no Java class or package names, no library's own message, no internal address — in the
 * body or in {@code WWW-Authenticate}.
 */
public final class AnswerChecks {

    public static final String PROBLEM = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<Pattern> LEAKS = List.of(
            Pattern.compile("\\bjava\\.|\\bjavax\\.|\\bjakarta\\.|\\bsun\\."),
            Pattern.compile("tools\\.jackson|com\\.fasterxml|org\\.springframework|org\\.apache|org\\.postgresql|org\\.jooq"
                    + "|org\\.hibernate|com\\.nimbusds|o11yshop\\."),
            Pattern.compile("Exception|\\tat |\\bat [a-z]+\\.[a-zA-Z.]+\\("),
            Pattern.compile("127\\.0\\.0\\.1|localhost|:808\\d\\b|0:0:0:0:0:0:0:1|\\[::1\\]"),
            // a library's own words: the JWT decoder's, Jackson's, Tomcat's
            Pattern.compile("Jwt|JWT|algorithm of|claim is not valid|Unrecognized field|Cannot deserialize|Unexpected character"
                    + "|Tomcat"));
    /** A request ID is random: it may contain "8080" without naming a port. */
    private static final Pattern REQUEST_ID = Pattern.compile("\"requestId\"\\s*:\\s*\"[^\"]*\"");

    private AnswerChecks() {
    }

    /** Everything the answer shows that it should not, the service's own (random) port included. */
    public static void assertNothingInternal(RawHttp.Response response, String baseUrl) {
        String port = ":" + URI.create(baseUrl).getPort();
        List<String> leaks = new ArrayList<>();
        leaks.addAll(leaks("the body", REQUEST_ID.matcher(response.body()).replaceAll(""), port));
        leaks.addAll(leaks("WWW-Authenticate", response.header("WWW-Authenticate").orElse(""), port));
        assertThat(leaks).as("the answer shows what is inside: %s", response).isEmpty();
    }

    private static List<String> leaks(String where, String text, String port) {
        List<String> found = new ArrayList<>();
        for (Pattern leak : LEAKS) {
            Matcher matcher = leak.matcher(text);
            if (matcher.find()) {
                found.add(where + " shows \"" + matcher.group() + "\" in: " + excerpt(text, matcher.start()));
            }
        }
        if (text.contains(port)) {
            found.add(where + " names the service's port " + port + " in: " + excerpt(text, text.indexOf(port)));
        }
        return found;
    }

    private static String excerpt(String text, int at) {
        return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 80));
    }

    public static void assertProblem(RawHttp.Response response) {
        assertError(response, PROBLEM);
    }

    /**
     * A refusal in the operation's error media type: problem details, or for an operation that answers in
     * another (the OAuth token endpoint's RFC 6749 JSON) that type with an {@code error} member.
     */
    public static void assertError(RawHttp.Response response, String mediaType) {
        assertThat(response.contentType()).as("Content-Type of %s", response).startsWith(mediaType);
        if (!mediaType.equals(PROBLEM)) {
            assertThat(JSON.readTree(response.bytes()).path("error").isString()).as("an error member in %s", response).isTrue();
        }
    }
}
