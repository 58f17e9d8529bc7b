package o11yshop.launcher.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OtlpJsonIdsTest {

    @Test
    void onlyTraceAndSpanIdsChangeEncoding() {
        String printed = """
                {"traceId":"V1npiL2GLj/hvkaplCcnkw==","spanId":"cN5bbxn/mgo=","bucketCounts":["1","2"],\
                "value":{"bytesValue":"cN5bbxn/mgo="}}""";

        String otlp = OtlpJsonIds.base64ToHex(printed);

        assertThat(otlp).isEqualTo("""
                {"traceId":"5759e988bd862e3fe1be46a994272793","spanId":"70de5b6f19ff9a0a","bucketCounts":["1","2"],\
                "value":{"bytesValue":"cN5bbxn/mgo="}}""");
        assertThat(OtlpJsonIds.hexToBase64(otlp)).isEqualTo(printed);
    }

    @Test
    void anIdThatIsNotHexIsLeftForTheParserToJudge() {
        assertThat(OtlpJsonIds.hexToBase64("{\"parentSpanId\":\"not an id\"}")).isEqualTo("{\"parentSpanId\":\"not an id\"}");
    }
}
