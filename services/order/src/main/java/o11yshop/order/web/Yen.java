package o11yshop.order.web;

import o11yshop.order.api.model.Money;

/** Amounts on the wire: yen, which have no minor unit. */
public final class Yen {

    private Yen() {
    }

    public static Money of(long amount) {
        return new Money(amount, Money.CurrencyEnum.JPY);
    }
}
