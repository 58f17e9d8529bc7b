package o11yshop.platform.testing.openapi;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a service's tests add to an operation's contract so that a request to it is valid: values that
 * must name something that exists (a product, the customer's address), fields the schema cannot make
 * unique. Everything else is derived from the contract. Values are asked for anew for every request.
 */
public final class OperationRow {

    private final Map<String, Supplier<String>> pathValues = new LinkedHashMap<>();
    private final Map<String, Supplier<String>> queryValues = new LinkedHashMap<>();
    private final Map<String, Supplier<String>> headerValues = new LinkedHashMap<>();
    private final Map<String, Supplier<Object>> bodyFields = new LinkedHashMap<>();
    private final Set<Integer> ownAnswersToTampering = new HashSet<>();
    private final Set<String> tablesWrittenWhenRefused = new HashSet<>();
    private String errorMediaType = "application/problem+json";
    private int ownAuthenticationRefusal;
    private String noHostileCasesBecause;
    private Supplier<RequestParts> custom;
    private Runnable before = () -> { };
    private boolean ownedByCustomer;

    /** A path parameter's value, as it goes on the wire (percent-encoded where needed). */
    public OperationRow path(String name, Supplier<String> value) {
        pathValues.put(name, value);
        return this;
    }

    public OperationRow query(String name, Supplier<String> value) {
        queryValues.put(name, value);
        return this;
    }

    public OperationRow header(String name, Supplier<String> value) {
        headerValues.put(name, value);
        return this;
    }

    /** A top-level field of the JSON body: a String, Number, Boolean or JsonNode. */
    public OperationRow field(String name, Supplier<Object> value) {
        bodyFields.put(name, value);
        return this;
    }

    /**
     * The path names a resource of the customer (their order, their address): every other user, the
     * admin included, gets the contract's answer for someone else's resource (404 where it declares one,
     * 403 otherwise).
     */
    public OperationRow ownedByCustomer() {
        ownedByCustomer = true;
        return this;
    }

    /** Set-up before every request, such as a cart to check out: a request that changes nothing else is refused for what it is. */
    public OperationRow before(Runnable setUp) {
        before = setUp;
        return this;
    }

    /**
     * A request made entirely by the service's tests (an upload to a pre-signed URL); the hostile cases
     * change its parts like any other.
     */
    public OperationRow custom(Supplier<RequestParts> request) {
        custom = request;
        return this;
    }

    /**
     * A status by which the operation itself refuses a changed request, such as 403 for an upload URL
     * whose signature no longer matches: accepted from hostile cases beside the other 4xx.
     */
    public OperationRow answersTamperingWith(int status) {
        ownAnswersToTampering.add(status);
        return this;
    }

    /**
     * Tables the operation writes even when it refuses a request, as the log-in does its throttle: a failed
     * log-in counts toward it by design. "Nothing written" leaves them out for this operation only.
     */
    public OperationRow writesWhenRefused(String... tables) {
        tablesWrittenWhenRefused.addAll(Set.of(tables));
        return this;
    }

    /**
     * The operation answers errors in another media type than problem details, with an {@code error} member
     * (RFC 6749 §5.2 for the OAuth token endpoint, which OAuth client libraries read).
     */
    public OperationRow errorsAs(String mediaType) {
        errorMediaType = mediaType;
        return this;
    }

    /**
     * The operation authenticates its caller itself, not with a user's bearer token (the token endpoint's
     * HTTP Basic client credentials): every caller of the matrix — who brings a bearer token or nothing —
     * gets {@code status}, whatever the token.
     */
    public OperationRow authenticatesItsCallerItself(int status) {
        ownAuthenticationRefusal = status;
        return this;
    }

    /** No generated hostile cases for this operation, for the reason given; its own tests must cover them. */
    public OperationRow noHostileCases(String reason) {
        noHostileCasesBecause = reason;
        return this;
    }

    Map<String, Supplier<String>> pathValues() {
        return pathValues;
    }

    Map<String, Supplier<String>> queryValues() {
        return queryValues;
    }

    Map<String, Supplier<String>> headerValues() {
        return headerValues;
    }

    Map<String, Supplier<Object>> bodyFields() {
        return bodyFields;
    }

    Runnable before() {
        return before;
    }

    Supplier<RequestParts> custom() {
        return custom;
    }

    public boolean isOwnedByCustomer() {
        return ownedByCustomer;
    }

    public Set<Integer> ownAnswersToTampering() {
        return ownAnswersToTampering;
    }

    public Set<String> tablesWrittenWhenRefused() {
        return tablesWrittenWhenRefused;
    }

    public String errorMediaType() {
        return errorMediaType;
    }

    /** 0 when the operation takes the callers' bearer tokens as every other does. */
    public int ownAuthenticationRefusal() {
        return ownAuthenticationRefusal;
    }

    /** {@code null} when the hostile cases are generated. */
    public String noHostileCasesBecause() {
        return noHostileCasesBecause;
    }
}
