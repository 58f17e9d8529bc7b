package o11yshop.order.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SalesDayTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    void aTokyoDayBeginsAtThreePmUtcTheDayBefore() {
        SalesDay day = new SalesDay(LocalDate.parse("2026-11-23"), TOKYO);

        assertThat(day.start()).isEqualTo(Instant.parse("2026-11-22T15:00:00Z"));
        assertThat(day.end()).isEqualTo(Instant.parse("2026-11-23T15:00:00Z"));
    }

    @Test
    void todayIsTheDateWhereTheShopIsNotWhereTheServerIs() {
        assertThat(SalesDay.today(TOKYO, Instant.parse("2026-11-23T15:30:00Z")).date()).isEqualTo(LocalDate.parse("2026-11-24"));
        assertThat(SalesDay.today(TOKYO, Instant.parse("2026-11-23T14:59:59Z")).date()).isEqualTo(LocalDate.parse("2026-11-23"));
    }

    @Test
    void aDayWithAClockChangeIsNotTwentyFourHoursLong() {
        SalesDay springForward = new SalesDay(LocalDate.parse("2026-03-08"), ZoneId.of("America/New_York"));

        assertThat(springForward.end().getEpochSecond() - springForward.start().getEpochSecond()).isEqualTo(23 * 3600);
    }
}
