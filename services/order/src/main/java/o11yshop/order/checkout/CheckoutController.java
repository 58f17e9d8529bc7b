package o11yshop.order.checkout;

import o11yshop.order.api.CheckoutApi;
import o11yshop.order.api.model.CheckoutRequest;
import o11yshop.order.api.model.Order;
import o11yshop.order.api.model.ShippingAddress;
import o11yshop.order.orders.DeliveryAddress;
import o11yshop.order.orders.OrderResponses;
import o11yshop.order.shopper.Shoppers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The checkout API of api/order.yaml: the cart becomes an order. */
@RestController
class CheckoutController implements CheckoutApi {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final CheckoutService checkout;
    private final Shoppers shoppers;

    CheckoutController(CheckoutService checkout, Shoppers shoppers) {
        this.checkout = checkout;
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
        return response.body(OrderResponses.toApi(placed.order()));
    }
}
