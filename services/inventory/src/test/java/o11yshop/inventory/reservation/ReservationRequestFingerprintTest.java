package o11yshop.inventory.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReservationRequestFingerprintTest {

    private static final StockReservation.Line MUG = new StockReservation.Line(1, 2);
    private static final StockReservation.Line TEA = new StockReservation.Line(2, 1);

    @Test
    void theOrderOfTheLinesDoesNotMatter() {
        assertThat(ReservationRequestFingerprint.of("o-1", List.of(MUG, TEA)))
                .isEqualTo(ReservationRequestFingerprint.of("o-1", List.of(TEA, MUG)));
    }

    @Test
    void anyOtherDifferenceMatters() {
        String fingerprint = ReservationRequestFingerprint.of("o-1", List.of(MUG, TEA));

        assertThat(ReservationRequestFingerprint.of("o-2", List.of(MUG, TEA))).isNotEqualTo(fingerprint);
        assertThat(ReservationRequestFingerprint.of("o-1", List.of(MUG, new StockReservation.Line(2, 2)))).isNotEqualTo(fingerprint);
        assertThat(ReservationRequestFingerprint.of("o-1", List.of(MUG))).isNotEqualTo(fingerprint);
    }

    @Test
    void itFitsItsColumn() {
        assertThat(ReservationRequestFingerprint.of("o-1", List.of(MUG))).hasSize(64);
    }
}
