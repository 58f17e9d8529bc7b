package o11yshop.order.payment;

/**
 * The payment provider, as checkout sees it: one charge per checkout attempt. A real provider (and the
 * mock) may take its time or fail; {@link PaymentService} bounds the wait.
 */
public interface PaymentGateway {

    /** A charge of {@code amountJpy} to the card ending in {@code cardLast4}, for the checkout {@code reference}. */
    record Charge(String reference, String cardLast4, long amountJpy) {
    }

    sealed interface Outcome permits Approved, Declined {
    }

    /** @param providerReference the provider's ID of the charge, kept with the order */
    record Approved(String providerReference) implements Outcome {
    }

    record Declined(String reason) implements Outcome {
    }

    Outcome charge(Charge charge);
}
