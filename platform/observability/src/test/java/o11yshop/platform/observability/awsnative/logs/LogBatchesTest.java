package o11yshop.platform.observability.awsnative.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** PutLogEvents' rules for a batch, and for one event, without Spring or the SDK. */
class LogBatchesTest {

    private static final long NOW = 1_795_437_920_000L;

    @Test
    void linesComeOutInTheOrderOfTheirTimestampsKeepingTheOrderOfEqualOnes() {
        List<LogLine> lines = List.of(LogLine.of(NOW + 2, "c"), LogLine.of(NOW, "a"), LogLine.of(NOW + 1, "b1"),
                LogLine.of(NOW + 1, "b2"));

        List<List<LogLine>> batches = LogBatches.of(lines);

        assertThat(batches).hasSize(1);
        assertThat(batches.getFirst()).extracting(LogLine::message).containsExactly("a", "b1", "b2", "c");
    }

    @Test
    void aBatchHoldsAtMostTenThousandEvents() {
        List<LogLine> lines = IntStream.range(0, 25_000).mapToObj(i -> LogLine.of(NOW + i, "line " + i)).toList();

        List<List<LogLine>> batches = LogBatches.of(lines);

        assertThat(batches).extracting(List::size).containsExactly(10_000, 10_000, 5_000);
        assertThat(batches.getLast().getLast().message()).isEqualTo("line 24999");
    }

    @Test
    void aBatchHoldsAtMostAMegabyteCountingUtf8BytesAndTwentySixBytesPerEvent() {
        // "é" is two bytes in UTF-8: 499 of them and the overhead make 1,024 bytes, and 1,024 events a megabyte
        String kilobyteEvent = "é".repeat(499);
        List<LogLine> exactlyAMegabyte = new ArrayList<>(IntStream.range(0, 1024).mapToObj(i -> LogLine.of(NOW, kilobyteEvent)).toList());
        assertThat(exactlyAMegabyte.getFirst().size()).isEqualTo(1024);

        assertThat(LogBatches.of(exactlyAMegabyte)).hasSize(1);

        exactlyAMegabyte.add(LogLine.of(NOW, "x"));
        List<List<LogLine>> batches = LogBatches.of(exactlyAMegabyte);
        assertThat(batches).extracting(List::size).containsExactly(1024, 1);
        assertThat(batches).allSatisfy(batch -> assertThat(batch.stream().mapToLong(LogLine::size).sum())
                .isLessThanOrEqualTo(LogBatches.MAX_BYTES));
    }

    @Test
    void aBatchSpansLessThanADay() {
        long hour = Duration.ofHours(1).toMillis();
        List<LogLine> lines = List.of(LogLine.of(NOW, "first"), LogLine.of(NOW + 23 * hour, "same day"),
                LogLine.of(NOW + 24 * hour, "a day later"), LogLine.of(NOW + 25 * hour, "and an hour"));

        List<List<LogLine>> batches = LogBatches.of(lines);

        assertThat(batches).hasSize(2);
        assertThat(batches.get(0)).extracting(LogLine::message).containsExactly("first", "same day");
        assertThat(batches.get(1)).extracting(LogLine::message).containsExactly("a day later", "and an hour");
    }

    @Test
    void nothingWaitingIsNoBatch() {
        assertThat(LogBatches.of(List.of())).isEmpty();
    }

    @Test
    void aLineAsLongAsAnEventMayBeIsKeptWhole() {
        String longest = "a".repeat(LogLine.MAX_EVENT_BYTES - LogLine.EVENT_OVERHEAD_BYTES);

        LogLine line = LogLine.of(NOW, longest);

        assertThat(line.message()).isEqualTo(longest);
        assertThat(line.size()).isEqualTo(LogLine.MAX_EVENT_BYTES);
    }

    @Test
    void aLongerLineIsCutToFitAndSaysSo() {
        LogLine line = LogLine.of(NOW, "{\"message\":\"" + "a".repeat(300_000) + "\"}");

        assertThat(line.message()).endsWith(LogLine.TRUNCATED_MARK).startsWith("{\"message\":\"aaa");
        assertThat(line.size()).isEqualTo(LogLine.MAX_EVENT_BYTES)
                .isEqualTo(line.message().getBytes(StandardCharsets.UTF_8).length + LogLine.EVENT_OVERHEAD_BYTES);
    }

    @Test
    void cuttingNeverSplitsACharacter() {
        // "€" is three bytes in UTF-8: after one "a" the limit falls inside one of them
        LogLine line = LogLine.of(NOW, "a" + "€".repeat(100_000));

        String kept = line.message().substring(0, line.message().length() - LogLine.TRUNCATED_MARK.length());
        assertThat(kept).matches("a€+");
        assertThat(line.size()).isEqualTo(line.message().getBytes(StandardCharsets.UTF_8).length + LogLine.EVENT_OVERHEAD_BYTES)
                .isLessThanOrEqualTo(LogLine.MAX_EVENT_BYTES)
                .isGreaterThan(LogLine.MAX_EVENT_BYTES - 3);
    }
}
