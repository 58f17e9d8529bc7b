package o11yshop.identity.provider.cognito;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import o11yshop.platform.security.testing.TokenMint;
import o11yshop.platform.testing.RecordingEndpoint;
import o11yshop.platform.testing.RecordingEndpoint.Request;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real HTTP server speaking Cognito's protocol (AWS JSON 1.1: {@code POST /}, the operation in
 * {@code X-Amz-Target}) for the three operations the adapter uses. It records every request as the SDK
 * sent it and answers with the response and error shapes documented in the Cognito API reference, so
 * the adapter and the real SDK are tested against the protocol, not against a mock of the SDK.
 * Its access tokens are signed like a pool's, with the claims a Cognito access token has.
 */
final class RecordingCognito implements AutoCloseable {

    static final String TARGET_PREFIX = "AWSCognitoIdentityProviderService.";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RecordingEndpoint endpoint = RecordingEndpoint.start(this::answer);
    private final TokenMint pool;
    private final String clientId;
    private final Map<String, User> users = new ConcurrentHashMap<>();

    /** One request as it arrived. */
    record Call(String target, String contentType, String authorization, JsonNode body) {

        String operation() {
            return target.substring(TARGET_PREFIX.length());
        }

        static Call of(Request request) {
            return new Call(request.header("X-Amz-Target"), request.header("Content-Type"), request.header("Authorization"),
                    JSON.readTree(request.body()));
        }
    }

    private record User(String sub, String password, Set<String> groups) {
    }

    RecordingCognito(TokenMint pool, String clientId) {
        this.pool = pool;
        this.clientId = clientId;
    }

    URI endpoint() {
        return endpoint.endpoint();
    }

    List<Call> takeCalls() {
        return endpoint.takeRequests().stream().map(Call::of).toList();
    }

    String subOf(String username) {
        return users.get(username).sub();
    }

    private void answer(Request request, HttpExchange exchange) throws IOException {
        String target = request.header("X-Amz-Target");
        JsonNode body = JSON.readTree(request.body());
        switch (target == null ? "" : target.substring(TARGET_PREFIX.length())) {
            case "SignUp" -> signUp(exchange, body);
            case "AdminAddUserToGroup" -> addToGroup(exchange, body);
            case "InitiateAuth" -> initiateAuth(exchange, body);
            default -> error(exchange, "UnknownOperationException", "Unknown operation " + target);
        }
    }

    /** https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignUp.html */
    private void signUp(HttpExchange exchange, JsonNode request) throws IOException {
        String username = request.path("Username").asString();
        String password = request.path("Password").asString();
        if (users.containsKey(username)) {
            error(exchange, "UsernameExistsException", "An account with the given email already exists.");
        } else if (password.chars().noneMatch(Character::isDigit)) {
            error(exchange, "InvalidPasswordException", "Password did not conform with policy: Password must have numeric characters");
        } else {
            String sub = UUID.randomUUID().toString();
            users.put(username, new User(sub, password, new LinkedHashSet<>()));
            ok(exchange, JSON.createObjectNode().put("UserConfirmed", true).put("UserSub", sub));
        }
    }

    /** https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminAddUserToGroup.html */
    private void addToGroup(HttpExchange exchange, JsonNode request) throws IOException {
        User user = users.get(request.path("Username").asString());
        if (user == null) {
            error(exchange, "UserNotFoundException", "User does not exist.");
            return;
        }
        user.groups().add(request.path("GroupName").asString());
        ok(exchange, JSON.createObjectNode());
    }

    /** https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html */
    private void initiateAuth(HttpExchange exchange, JsonNode request) throws IOException {
        JsonNode parameters = request.path("AuthParameters");
        User user = users.get(parameters.path("USERNAME").asString());
        if (user == null || !user.password().equals(parameters.path("PASSWORD").asString())) {
            error(exchange, "NotAuthorizedException", "Incorrect username or password.");
            return;
        }
        ObjectNode result = JSON.createObjectNode()
                .put("AccessToken", accessToken(user))
                .put("ExpiresIn", 3600)
                .put("IdToken", "id-token-not-used-by-the-shop")
                .put("RefreshToken", "refresh-token-not-used-by-the-shop")
                .put("TokenType", "Bearer");
        ObjectNode response = JSON.createObjectNode();
        response.set("AuthenticationResult", result);
        response.set("ChallengeParameters", JSON.createObjectNode());
        ok(exchange, response);
    }

    /** The claims of a Cognito access token: no e-mail address, but the client, the user name, the scope. */
    private String accessToken(User user) {
        return pool.sign(pool.claims(UUID.fromString(user.sub()), null, user.groups().toArray(String[]::new))
                .claim("client_id", clientId)
                .claim("username", user.sub())
                .claim("scope", "aws.cognito.signin.user.admin")
                .build());
    }

    private static void ok(HttpExchange exchange, JsonNode body) throws IOException {
        send(exchange, 200, body, null);
    }

    /** Cognito's error shape: 400, the type in {@code x-amzn-ErrorType} and in {@code __type}. */
    private static void error(HttpExchange exchange, String type, String message) throws IOException {
        send(exchange, 400, JSON.createObjectNode().put("__type", type).put("message", message), type);
    }

    private static void send(HttpExchange exchange, int status, JsonNode body, String errorType) throws IOException {
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        if (errorType != null) {
            exchange.getResponseHeaders().set("x-amzn-ErrorType", errorType);
        }
        RecordingEndpoint.send(exchange, status, bytes);
    }

    @Override
    public void close() {
        endpoint.close();
    }
}
