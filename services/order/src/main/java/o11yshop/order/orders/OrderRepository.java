package o11yshop.order.orders;

import static o11yshop.order.db.Tables.CUSTOMER_ORDER;
import static o11yshop.order.db.Tables.ORDER_LINE;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import o11yshop.order.db.tables.records.CustomerOrderRecord;
import o11yshop.order.shopper.ShopperId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The orders placed, in the database; each shopper sees only their own. */
@Repository
public class OrderRepository {

    /** One page of a shopper's orders, newest first, and how many they have in all. */
    public record OrderPage(List<PlacedOrder> orders, long totalOrders) {
    }

    private final DSLContext dsl;

    OrderRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores the order; call inside the transaction that also empties the cart and writes the event. */
    public void record(PlacedOrder order) {
        DeliveryAddress address = order.deliveryAddress();
        dsl.insertInto(CUSTOMER_ORDER)
                .set(CUSTOMER_ORDER.ID, order.id())
                .set(CUSTOMER_ORDER.ORDER_NUMBER, order.orderNumber())
                .set(CUSTOMER_ORDER.USER_ID, order.shopper().value())
                .set(CUSTOMER_ORDER.STATUS, PlacedOrder.PLACED)
                .set(CUSTOMER_ORDER.PLACED_AT, order.placedAt())
                .set(CUSTOMER_ORDER.ITEM_COUNT, order.itemCount())
                .set(CUSTOMER_ORDER.TOTAL_JPY, order.totalJpy())
                .set(CUSTOMER_ORDER.RESERVATION_ID, order.reservationId())
                .set(CUSTOMER_ORDER.SHIP_NAME, address.name())
                .set(CUSTOMER_ORDER.SHIP_POSTAL_CODE, address.postalCode())
                .set(CUSTOMER_ORDER.SHIP_PREFECTURE, address.prefecture())
                .set(CUSTOMER_ORDER.SHIP_CITY, address.city())
                .set(CUSTOMER_ORDER.SHIP_LINE1, address.line1())
                .set(CUSTOMER_ORDER.SHIP_LINE2, address.line2())
                .set(CUSTOMER_ORDER.SHIP_PHONE, address.phone())
                .set(CUSTOMER_ORDER.PAYMENT_METHOD, PlacedOrder.CardPayment.METHOD)
                .set(CUSTOMER_ORDER.CARD_LAST4, order.payment().cardLast4())
                .set(CUSTOMER_ORDER.PAYMENT_REFERENCE, order.payment().providerReference())
                .execute();
        for (int i = 0; i < order.lines().size(); i++) {
            OrderedLine line = order.lines().get(i);
            dsl.insertInto(ORDER_LINE)
                    .set(ORDER_LINE.ORDER_ID, order.id())
                    .set(ORDER_LINE.LINE_NUMBER, i + 1)
                    .set(ORDER_LINE.PRODUCT_ID, line.productId())
                    .set(ORDER_LINE.PRODUCT_NAME, line.productName())
                    .set(ORDER_LINE.UNIT_PRICE_JPY, line.unitPriceJpy())
                    .set(ORDER_LINE.QUANTITY, line.quantity())
                    .execute();
        }
    }

    /** The shopper's order; empty for an order that does not exist or is another shopper's. */
    public Optional<PlacedOrder> find(ShopperId shopper, UUID orderId) {
        return dsl.selectFrom(CUSTOMER_ORDER)
                .where(CUSTOMER_ORDER.ID.eq(orderId).and(CUSTOMER_ORDER.USER_ID.eq(shopper.value())))
                .fetchOptional()
                .map(order -> toOrder(order, linesOf(List.of(order.getId())).getOrDefault(order.getId(), List.of())));
    }

    public OrderPage page(ShopperId shopper, int page, int size) {
        List<CustomerOrderRecord> rows = dsl.selectFrom(CUSTOMER_ORDER)
                .where(CUSTOMER_ORDER.USER_ID.eq(shopper.value()))
                .orderBy(CUSTOMER_ORDER.POSITION.desc())
                .limit(size).offset((long) page * size)
                .fetch();
        Map<UUID, List<OrderedLine>> lines = linesOf(rows.stream().map(CustomerOrderRecord::getId).toList());
        long total = dsl.fetchCount(CUSTOMER_ORDER, CUSTOMER_ORDER.USER_ID.eq(shopper.value()));
        return new OrderPage(rows.stream().map(row -> toOrder(row, lines.getOrDefault(row.getId(), List.of()))).toList(),
                total);
    }

    private Map<UUID, List<OrderedLine>> linesOf(List<UUID> orderIds) {
        return dsl.selectFrom(ORDER_LINE)
                .where(ORDER_LINE.ORDER_ID.in(orderIds))
                .orderBy(ORDER_LINE.ORDER_ID, ORDER_LINE.LINE_NUMBER)
                .fetchGroups(ORDER_LINE.ORDER_ID, line -> new OrderedLine(line.getProductId(), line.getProductName(),
                        line.getUnitPriceJpy(), line.getQuantity()));
    }

    private static PlacedOrder toOrder(CustomerOrderRecord row, List<OrderedLine> lines) {
        return new PlacedOrder(row.getId(), row.getOrderNumber(), new ShopperId(row.getUserId()), row.getPlacedAt(),
                row.getReservationId(), lines,
                new DeliveryAddress(row.getShipName(), row.getShipPostalCode(), row.getShipPrefecture(), row.getShipCity(),
                        row.getShipLine1(), row.getShipLine2(), row.getShipPhone()),
                new PlacedOrder.CardPayment(row.getCardLast4(), row.getPaymentReference()));
    }
}
