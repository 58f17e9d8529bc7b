package o11yshop.platform.observability.testing;

import static o11yshop.platform.observability.testing.JsonEdits.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The checker itself: it accepts the specification's own examples and catches each kind of mistake. */
class SegmentDocumentSpecTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Shaped after the developer guide's examples: a segment with an SQL call and an HTTP call. */
    private static final String VALID_SEGMENT = """
            {
              "name": "catalog",
              "id": "70de5b6f19ff9a0a",
              "trace_id": "1-58406520-a006649127e371903a2de979",
              "start_time": 1480615200.010,
              "end_time": 1480615200.090,
              "user": "0f8fad5b-d9cb-469f-a165-70867728950e",
              "service": {"version": "1.0.0"},
              "http": {
                "request": {"method": "GET", "url": "http://localhost/api/catalog/products/1", "client_ip": "127.0.0.1"},
                "response": {"status": 200, "content_length": 512}
              },
              "subsegments": [
                {
                  "name": "shop@db.internal",
                  "id": "3fd8634e78ca9560",
                  "start_time": 1480615200.020,
                  "end_time": 1480615200.030,
                  "namespace": "remote",
                  "sql": {"url": "jdbc:postgresql://db.internal:5432/shop", "database_type": "PostgreSQL",
                          "database_version": "17.2", "sanitized_query": "select * from product where id = ?"}
                },
                {
                  "name": "checkout",
                  "id": "53995c3f42cd8ad8",
                  "start_time": 1480615200.031,
                  "end_time": 1480615200.080,
                  "annotations": {"order_id": "A-1001", "product_id": 42, "gift": false},
                  "metadata": {"default": {"lines": 3}},
                  "subsegments": [
                    {
                      "name": "inventory",
                      "id": "4a5bc3f42cd8ad81",
                      "start_time": 1480615200.040,
                      "end_time": 1480615200.070,
                      "namespace": "remote",
                      "fault": true,
                      "http": {"request": {"method": "POST", "url": "http://inventory/reservations"},
                               "response": {"status": 503}},
                      "cause": {"working_directory": "/app", "exceptions": [
                        {"id": "e1b2c3d4e5f60718", "type": "java.io.IOException", "message": "reset",
                         "stack": [{"path": "Client.java", "line": 12, "label": "call"}]}]}
                    }
                  ]
                }
              ]
            }
            """;

    @Test
    void acceptsAWellFormedSegment() {
        assertThat(SegmentDocumentSpec.violations(JSON.readTree(VALID_SEGMENT))).isEmpty();
    }

    @Test
    void acceptsAnInProgressSegmentAndASubsegmentSentOnItsOwn() {
        ObjectNode inProgress = segment();
        inProgress.remove("end_time");
        inProgress.remove("subsegments");
        inProgress.put("in_progress", true);
        JsonNode independent = JSON.readTree("""
                {"type": "subsegment", "name": "pay", "id": "6f1d7b0c3a2e9f41",
                 "trace_id": "1-58406520-a006649127e371903a2de979", "parent_id": "70de5b6f19ff9a0a",
                 "start_time": 1480615200.05, "end_time": 1480615200.06}
                """);

        assertThat(SegmentDocumentSpec.violations(inProgress)).isEmpty();
        assertThat(SegmentDocumentSpec.violations(independent)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            short id                          | /id                          | "70de5b6f"                     | id: 16 hexadecimal digits
            upper-case trace ID               | /trace_id                    | "1-58406520-A006649127E371903A2DE979" | trace_id: 1-<8 hex digits>-<24 hex digits>
            trace ID without version          | /trace_id                    | "58406520-a006649127e371903a2de979" | trace_id: 1-<8 hex digits>
            trace ID from the future          | /trace_id                    | "1-68406520-a006649127e371903a2de979" | its time
            name with a forbidden symbol      | /name                        | "catalog!"                     | name: at most 200
            start time in milliseconds        | /start_time                  | 1480615200010                  | start_time: epoch seconds
            end before start                  | /end_time                    | 1480615200.000                 | end_time is before start_time
            flag that is not a boolean        | /fault                       | "yes"                          | fault is a boolean
            status that is no status          | /http/response/status        | "200"                          | response.status is an HTTP status code
            unknown namespace                 | /subsegments/0/namespace     | "database"                     | namespace: "aws" or "remote"
            annotation key with a dot         | /subsegments/1/annotations/order.id | "A-1"                   | annotation keys are letters, digits and underscores
            annotation value that is a list   | /subsegments/1/annotations/tags | ["a"]                       | annotation values are strings, numbers or booleans
            metadata that is not a namespace  | /subsegments/1/metadata/lines | 3                             | each metadata namespace is an object
            nested subsegment ending late     | /subsegments/1/subsegments/0/end_time | 1480615200.085        | ends after its parent
            nested subsegment starting early  | /subsegments/0/start_time    | 1480615200.000                 | starts before its parent
            exception without ID              | /subsegments/1/subsegments/0/cause/exceptions/0/id | "e1"     | each exception has an ID
            SQL preparation unknown           | /subsegments/0/sql/preparation | "prepared"                   | preparation: "statement" or "call"
            """)
    void catches(String mistake, String pointer, String json, String expectedViolation) {
        ObjectNode document = segment();
        set(document, pointer, JSON.readTree(json));

        assertThat(SegmentDocumentSpec.violations(document)).as(mistake).anyMatch(violation -> violation.contains(expectedViolation));
    }

    @Test
    void catchesADownstreamCallWithoutNamespace() {
        ObjectNode document = segment();
        ((ObjectNode) document.get("subsegments").get(0)).remove("namespace");

        assertThat(SegmentDocumentSpec.violations(document)).anyMatch(violation -> violation.contains("needs namespace"));
    }

    @Test
    void catchesMissingRequiredFields() {
        ObjectNode document = segment();
        document.remove(List.of("name", "id", "trace_id", "end_time"));

        assertThat(SegmentDocumentSpec.violations(document))
                .anyMatch(violation -> violation.startsWith("name is required"))
                .anyMatch(violation -> violation.startsWith("id: 16 hexadecimal digits"))
                .anyMatch(violation -> violation.startsWith("trace_id is required"))
                .anyMatch(violation -> violation.startsWith("end_time (epoch seconds) or in_progress"));
    }

    @Test
    void catchesASubsegmentSentOnItsOwnWithoutItsParent() {
        JsonNode independent = JSON.readTree("""
                {"type": "subsegment", "name": "pay", "id": "6f1d7b0c3a2e9f41",
                 "trace_id": "1-58406520-a006649127e371903a2de979",
                 "start_time": 1480615200.05, "end_time": 1480615200.06}
                """);

        assertThat(SegmentDocumentSpec.violations(independent)).anyMatch(violation -> violation.startsWith("parent_id"));
    }

    @Test
    void catchesAnIdUsedTwice() {
        ObjectNode document = segment();
        ((ObjectNode) document.get("subsegments").get(1)).put("id", "3fd8634e78ca9560");

        assertThat(SegmentDocumentSpec.violations(document)).anyMatch(violation -> violation.contains("used twice"));
    }

    @Test
    void readsTheDaemonProtocolsHeaderLine() {
        JsonNode document = SegmentDocumentSpec.parseDatagram(SegmentDocumentSpec.DAEMON_HEADER + "\n" + VALID_SEGMENT);

        assertThat(document.path("name").asString()).isEqualTo("catalog");
        assertThatThrownBy(() -> SegmentDocumentSpec.parseDatagram(VALID_SEGMENT)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> SegmentDocumentSpec.parseDatagram("{\"format\": \"json\", \"version\": 2}\n" + VALID_SEGMENT))
                .isInstanceOf(AssertionError.class);
    }

    private static ObjectNode segment() {
        return (ObjectNode) JSON.readTree(VALID_SEGMENT);
    }
}
