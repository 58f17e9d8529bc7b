package o11yshop.platform.testing.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import o11yshop.platform.testing.RawHttp;
import o11yshop.platform.testing.TableSnapshot;
import o11yshop.platform.testing.authz.Caller;
import o11yshop.platform.testing.openapi.ApiOperation;
import o11yshop.platform.testing.openapi.OperationRow;
import o11yshop.platform.testing.openapi.RequestParts;
import o11yshop.platform.testing.openapi.ServiceFixture;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The hostile-input suite of one service, generated from its contract: one dynamic test per hostile
 * request, grouped by operation, each sent as a caller who may call the operation. A refusal must be a 4xx
 * problem (413 for the big bodies, 415 for a wrong media type where the contract declares it) that shows
 * nothing internal and names the field or parameter, and nothing may be written: every table of the
 * service's schema is the same before and after. Valid but unusual text may be accepted if it reads back
 * exactly.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> hostileInput() {
 *     return HostileInputSuite.of(fixture());
 * }
 * }</pre>
 */
public final class HostileInputSuite {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServiceFixture fixture;

    private HostileInputSuite(ServiceFixture fixture) {
        this.fixture = fixture;
    }

    public static Stream<DynamicNode> of(ServiceFixture fixture) {
        return new HostileInputSuite(fixture).tests();
    }

    private Stream<DynamicNode> tests() {
        HostileCases generator = new HostileCases(fixture);
        List<DynamicNode> operations = new ArrayList<>();
        int count = 0;
        for (ApiOperation operation : fixture.spec().operations()) {
            if (fixture.row(operation).isEmpty()) {
                operations.add(DynamicTest.dynamicTest(operation + " has a fixture row", () ->
                        fail("%s has no row in the %s fixture: a route cannot ship without one", operation, fixture.spec().service())));
                continue;
            }
            String skipped = fixture.row(operation).orElseThrow().noHostileCasesBecause();
            if (skipped != null) {
                operations.add(DynamicTest.dynamicTest(operation + " has no generated hostile cases", () ->
                        Assumptions.abort(skipped)));
                continue;
            }
            List<HostileCase> cases = generator.of(operation);
            count += cases.size();
            // the valid request last: a DELETE that succeeds must not take the resource from the others
            cases.sort((a, b) -> Boolean.compare(a.expect() == HostileCase.Expect.BASELINE, b.expect() == HostileCase.Expect.BASELINE));
            operations.add(DynamicContainer.dynamicContainer(operation.toString(),
                    cases.stream().map(hostile -> DynamicTest.dynamicTest(hostile.toString(), () -> run(hostile)))));
        }
        System.out.println("hostile input: " + fixture.spec().service() + " " + count + " cases");
        return operations.stream();
    }

    private void run(HostileCase hostile) {
        try {
            check(hostile);
        } catch (AssertionError failure) {
            throw new AssertionError(hostile + " ✗ " + failure.getMessage().strip(), failure);
        }
    }

    private void check(HostileCase hostile) {
        ApiOperation operation = hostile.operation();
        Caller caller = fixture.permittedCaller(operation);
        RequestParts request = hostile.change().apply(fixture.request(operation, caller));
        Map<String, String> before = hostile.expect() == HostileCase.Expect.BASELINE ? Map.of() : fixture.snapshot().take();

        RawHttp.Response response = fixture.http().send(request.toRequest());

        assertThat(response.status()).as("%s: the service answered nothing", hostile).isNotZero();
        switch (hostile.expect()) {
            case BASELINE -> assertBaseline(operation, response);
            case ACCEPTED_EXACTLY_OR_REFUSED -> {
                if (response.status() >= 200 && response.status() < 300) {
                    assertKeptExactly(hostile, caller, request, response);
                } else {
                    // valid text may be refused for another reason (an empty cart), which names no field
                    assertRefused(hostile, response, before, null);
                }
            }
            default -> assertRefused(hostile, response, before, hostile.names());
        }
    }

    private void assertBaseline(ApiOperation operation, RawHttp.Response response) {
        assertThat(response.status())
                .as("a valid request to %s must not be refused as malformed, refused to its caller, or fail: %s", operation, response)
                .isLessThan(500).isNotIn(400, 401, 403, 413, 415);
    }

    private void assertRefused(HostileCase hostile, RawHttp.Response response, Map<String, String> before, String names) {
        ApiOperation operation = hostile.operation();
        OperationRow row = fixture.row(operation).orElseThrow();
        Set<Integer> ownAnswers = row.ownAnswersToTampering();
        switch (ownAnswers.contains(response.status()) ? HostileCase.Expect.REFUSED : hostile.expect()) {
            case TOO_LARGE -> assertThat(response.status()).as("%s", response).isEqualTo(413);
            case UNSUPPORTED_MEDIA_TYPE -> {
                if (operation.declares(415)) {
                    assertThat(response.status()).as("%s", response).isEqualTo(415);
                } else {
                    assertClientError(operation, response);
                }
            }
            default -> assertClientError(operation, response);
        }
        AnswerChecks.assertError(response, row.errorMediaType());
        AnswerChecks.assertNothingInternal(response, fixture.baseUrl());
        // a body over the limit (413) is refused whole before anything reads it, so it names no field;
        // a signed URL that was changed is refused as a whole (403), with nothing to name
        if (names != null && response.status() != 413 && !ownAnswers.contains(response.status())) {
            assertThat(response.body()).as("the problem names %s", names).contains(names);
        }
        Map<String, String> after = withoutTables(fixture.snapshot().take(), row.tablesWrittenWhenRefused());
        Map<String, String> unchanged = withoutTables(before, row.tablesWrittenWhenRefused());
        assertThat(after).as("nothing written, but these tables changed: %s", TableSnapshot.differences(unchanged, after))
                .isEqualTo(unchanged);
    }

    private static Map<String, String> withoutTables(Map<String, String> snapshot, Set<String> tables) {
        Map<String, String> kept = new TreeMap<>(snapshot);
        kept.keySet().removeAll(tables);
        return kept;
    }

    /** Any 4xx but a refusal of the caller, who may call the operation (unless the operation refuses tampering so). */
    private void assertClientError(ApiOperation operation, RawHttp.Response response) {
        assertThat(response.status()).as("%s", response).isBetween(400, 499);
        Set<Integer> ownAnswers = fixture.row(operation).map(OperationRow::ownAnswersToTampering).orElse(Set.of());
        if (operation.access().secured() || !operation.declares(response.status())) {
            assertThat(response.status()).as("refused its permitted caller: %s", response)
                    .matches(status -> (status != 401 && status != 403) || ownAnswers.contains(status));
        }
    }

    /** Accepted: the value must read back exactly, in the answer or from the resource. */
    private void assertKeptExactly(HostileCase hostile, Caller caller, RequestParts request, RawHttp.Response response) {
        if (hostile.sentText() == null) {
            return;
        }
        String field = hostile.names();
        List<String> found = textsNamed(response.bytes(), field);
        if (found.isEmpty() && hostile.operation().method().equals("PUT")) {
            RawHttp.Response readBack = readBack(hostile.operation(), caller, request);
            if (readBack != null) {
                found = textsNamed(readBack.bytes(), field);
            }
        }
        if (!found.isEmpty()) {
            assertThat(found).as("%s was accepted, so it must read back exactly", field).contains(hostile.sentText());
        }
    }

    private RawHttp.Response readBack(ApiOperation operation, Caller caller, RequestParts request) {
        boolean readable = fixture.spec().operations().stream()
                .anyMatch(other -> other.method().equals("GET") && other.template().equals(operation.template()));
        if (!readable) {
            return null;
        }
        RequestParts get = new RequestParts("GET", request.template(), request.path(), Map.of(), request.headers(), null, null, false);
        String token = caller.bearer();
        return fixture.http().send((token == null ? get : get.withHeader("Authorization", "Bearer " + token)).toRequest());
    }

    private static List<String> textsNamed(byte[] body, String field) {
        List<String> texts = new ArrayList<>();
        try {
            collect(JSON.readTree(body), field, texts);
        } catch (RuntimeException notJson) {
            // nothing to read back from
        }
        return texts;
    }

    private static void collect(JsonNode node, String field, List<String> texts) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = fields.next();
                if (entry.getKey().equals(field) && entry.getValue().isString()) {
                    texts.add(entry.getValue().asString());
                }
                collect(entry.getValue(), field, texts);
            }
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, field, texts));
        }
    }
}
