package o11yshop.order.orders;

import java.util.UUID;
import o11yshop.order.api.OrdersApi;
import o11yshop.order.api.model.Order;
import o11yshop.order.api.model.OrderPage;
import o11yshop.order.shopper.ShopperId;
import o11yshop.order.shopper.Shoppers;
import o11yshop.platform.web.problem.ResourceNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The orders API of api/order.yaml: order history, order detail. */
@RestController
class OrderController implements OrdersApi {

    private final OrderRepository orders;
    private final Shoppers shoppers;

    OrderController(OrderRepository orders, Shoppers shoppers) {
        this.orders = orders;
        this.shoppers = shoppers;
    }

    @Override
    public ResponseEntity<OrderPage> listOrders(Integer page, Integer size) {
        OrderRepository.OrderPage found = orders.page(shoppers.current(), page, size);
        int totalPages = (int) ((found.totalOrders() + size - 1) / size);
        return ResponseEntity.ok(new OrderPage(found.orders().stream().map(OrderResponses::summaryOf).toList(), page, size,
                found.totalOrders(), totalPages));
    }

    @Override
    public ResponseEntity<Order> getOrder(UUID orderId) {
        ShopperId shopper = shoppers.current();
        return ResponseEntity.ok(OrderResponses.toApi(orders.find(shopper, orderId)
                .orElseThrow(() -> new ResourceNotFoundException("Order", orderId))));
    }
}
