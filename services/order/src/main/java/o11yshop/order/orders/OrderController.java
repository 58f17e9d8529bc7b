package o11yshop.order.orders;

import java.time.ZoneOffset;
import java.util.UUID;
import o11yshop.order.api.OrdersApi;
import o11yshop.order.api.model.CheckoutRequest;
import o11yshop.order.api.model.Order;
import o11yshop.order.api.model.OrderLine;
import o11yshop.order.api.model.OrderPage;
import o11yshop.order.api.model.OrderSummary;
import o11yshop.order.api.model.PaymentSummary;
import o11yshop.order.api.model.Prefecture;
import o11yshop.order.api.model.ShippingAddress;
import o11yshop.order.checkout.CheckoutService;
import o11yshop.order.checkout.CheckoutCommand;
import o11yshop.order.shopper.ShopperId;
import o11yshop.order.shopper.Shoppers;
import o11yshop.order.web.Yen;
import o11yshop.platform.web.problem.ResourceNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The orders API of api/order.yaml: checkout, order history, order detail. */
@RestController
class OrderController implements OrdersApi {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final CheckoutService checkout;
    private final OrderRepository orders;
    private final Shoppers shoppers;

    OrderController(CheckoutService checkout, OrderRepository orders, Shoppers shoppers) {
        this.checkout = checkout;
        this.orders = orders;
        this.shoppers = shoppers;
    }

    @Override
    public ResponseEntity<Order> placeOrder(String idempotencyKey, CheckoutRequest request) {
        ShippingAddress address = request.getShippingAddress();
        CheckoutCommand command = new CheckoutCommand(
                new DeliveryAddress(address.getName(), address.getPostalCode(), address.getPrefecture().getValue(),
                        address.getCity(), address.getLine1(), address.getLine2(), address.getPhone()),
                request.getPayment().getCardLast4());
        CheckoutService.Placed placed = checkout.place(shoppers.current(), idempotencyKey, command);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatus.CREATED);
        if (placed.replayed()) {
            response.header(REPLAYED_HEADER, "true");
        }
        return response.body(toApi(placed.order()));
    }

    @Override
    public ResponseEntity<OrderPage> listOrders(Integer page, Integer size) {
        OrderRepository.OrderPage found = orders.page(shoppers.current(), page, size);
        int totalPages = (int) ((found.totalOrders() + size - 1) / size);
        return ResponseEntity.ok(new OrderPage(found.orders().stream().map(OrderController::summaryOf).toList(), page, size,
                found.totalOrders(), totalPages));
    }

    @Override
    public ResponseEntity<Order> getOrder(UUID orderId) {
        ShopperId shopper = shoppers.current();
        return ResponseEntity.ok(toApi(orders.find(shopper, orderId)
                .orElseThrow(() -> new ResourceNotFoundException("Order", orderId))));
    }

    private static OrderSummary summaryOf(PlacedOrder order) {
        return new OrderSummary(order.id(), order.orderNumber(), OrderSummary.StatusEnum.PLACED,
                order.placedAt().atOffset(ZoneOffset.UTC), order.itemCount(), Yen.of(order.totalJpy()));
    }

    private static Order toApi(PlacedOrder order) {
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
}
