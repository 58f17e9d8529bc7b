package o11yshop.order.orders;

import java.time.ZoneOffset;
import o11yshop.order.api.model.Order;
import o11yshop.order.api.model.OrderLine;
import o11yshop.order.api.model.OrderSummary;
import o11yshop.order.api.model.PaymentSummary;
import o11yshop.order.api.model.Prefecture;
import o11yshop.order.api.model.ShippingAddress;
import o11yshop.order.web.Yen;

/** A placed order as api/order.yaml writes it: the answer of checkout and of the order history alike. */
public final class OrderResponses {

    private OrderResponses() {
    }

    public static Order toApi(PlacedOrder order) {
        DeliveryAddress address = order.deliveryAddress();
        return new Order(order.id(), order.orderNumber(), Order.StatusEnum.PLACED, order.placedAt().atOffset(ZoneOffset.UTC),
                order.lines().stream().map(line -> new OrderLine(line.productId(), line.productName(),
                        Yen.of(line.unitPriceJpy()), line.quantity(), Yen.of(line.lineTotalJpy()))).toList(),
                order.itemCount(), Yen.of(order.totalJpy()),
                new ShippingAddress(address.name(), address.postalCode(), Prefecture.fromValue(address.prefecture()),
                        address.city(), address.line1(), address.phone()).line2(address.line2()),
                new PaymentSummary(PaymentSummary.MethodEnum.CARD, order.payment().cardLast4(),
                        order.payment().providerReference()));
    }

    static OrderSummary summaryOf(PlacedOrder order) {
        return new OrderSummary(order.id(), order.orderNumber(), OrderSummary.StatusEnum.PLACED,
                order.placedAt().atOffset(ZoneOffset.UTC), order.itemCount(), Yen.of(order.totalJpy()));
    }
}
