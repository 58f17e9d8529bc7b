package o11yshop.benchmark.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TelemetryVolumeTest {

    private static final String BEFORE = """
            {"since":"2026-11-23T16:00:00Z","xray":{"datagrams":10,"bytes":5000},
             "otlp":{"traces":{"requests":1,"wireBytes":100,"uncompressedBytes":400},
                     "metrics":{"requests":0,"wireBytes":0,"uncompressedBytes":0},
                     "logs":{"requests":0,"wireBytes":0,"uncompressedBytes":0}},
             "emf":{"lines":2,"bytes":600},"logLines":{"lines":50,"bytes":10000}}""";
    private static final String AFTER = """
            {"since":"2026-11-23T16:00:00Z","xray":{"datagrams":110,"bytes":55000},
             "otlp":{"traces":{"requests":5,"wireBytes":900,"uncompressedBytes":3600},
                     "metrics":{"requests":2,"wireBytes":300,"uncompressedBytes":1000},
                     "logs":{"requests":0,"wireBytes":0,"uncompressedBytes":0}},
             "emf":{"lines":6,"bytes":1800},"logLines":{"lines":250,"bytes":60000},"newCounter":{"n":5}}""";

    @Test
    void flattensTheCountsByPath() {
        TelemetryVolume volume = TelemetryVolume.fromJson(BEFORE);

        assertEquals(5000L, volume.counts().get("xray.bytes"));
        assertEquals(400L, volume.counts().get("otlp.traces.uncompressedBytes"));
        assertEquals(15, volume.counts().size());
    }

    @Test
    void aRunsVolumeIsTheDifferenceOfWhatBothReadsHave() {
        TelemetryVolume run = TelemetryVolume.fromJson(AFTER).since(TelemetryVolume.fromJson(BEFORE));

        assertEquals(100L, run.counts().get("xray.datagrams"));
        assertEquals(50000L, run.counts().get("logLines.bytes"));
        assertEquals(null, run.counts().get("newCounter.n"));
    }

    @Test
    void tabulatesEachChannelAndTheTotalPerRequest() {
        TelemetryVolume run = TelemetryVolume.fromJson(AFTER).since(TelemetryVolume.fromJson(BEFORE));

        assertEquals("""
                | Channel | Messages | Bytes as sent | Bytes uncompressed | Bytes per request |
                |---|---:|---:|---:|---:|
                | X-Ray segment documents (UDP datagrams to the daemon) | 100 | 50000 | 50000 | 50.0 |
                | OTLP traces (exports to the receiver) | 4 | 800 | 3200 | 0.8 |
                | OTLP metrics (exports to the receiver) | 2 | 300 | 1000 | 0.3 |
                | OTLP logs (exports to the receiver) | 0 | 0 | 0 | 0.0 |
                | EMF lines (stdout) | 4 | 1200 | 1200 | 1.2 |
                | **telemetry in total** (X-Ray + OTLP + EMF) | 110 | 52300 | 55400 | 52.3 |
                | JSON log lines (stdout; not in the total) | 200 | 50000 | 50000 | 50.0 |
                """, run.table(1000));
        assertEquals("52.3", run.totalPerRequest(1000));
        assertEquals("50.0", run.logLinesPerRequest(1000));
    }

    @Test
    void aChannelTheLauncherDoesNotCountIsZero() {
        TelemetryVolume none = new TelemetryVolume(Map.of());

        assertEquals("0.0", none.totalPerRequest(10));
    }
}
