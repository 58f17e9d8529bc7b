package o11yshop.order.cart;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import o11yshop.order.api.CartApi;
import o11yshop.order.api.model.Cart;
import o11yshop.order.api.model.CartItemQuantity;
import o11yshop.order.api.model.CartMergeResult;
import o11yshop.order.api.model.GuestCart;
import o11yshop.order.api.model.GuestCartItem;
import o11yshop.order.api.model.SkippedItem;
import o11yshop.order.shopper.Shoppers;
import o11yshop.order.web.Yen;
import o11yshop.platform.web.problem.InvalidParameterException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The cart API of api/order.yaml; bounds are checked by the generated interface. */
@RestController
class CartController implements CartApi {

    private final CartService carts;
    private final Shoppers shoppers;

    CartController(CartService carts, Shoppers shoppers) {
        this.carts = carts;
        this.shoppers = shoppers;
    }

    @Override
    public ResponseEntity<Cart> getCart() {
        return ResponseEntity.ok(toApi(carts.of(shoppers.current())));
    }

    @Override
    public ResponseEntity<Cart> setCartItem(Long productId, CartItemQuantity request) {
        return ResponseEntity.ok(toApi(carts.setQuantity(shoppers.current(), productId, request.getQuantity())));
    }

    @Override
    public ResponseEntity<Cart> removeCartItem(Long productId) {
        return ResponseEntity.ok(toApi(carts.remove(shoppers.current(), productId)));
    }

    @Override
    public ResponseEntity<CartMergeResult> mergeCart(GuestCart guestCart) {
        CartService.MergeResult merged = carts.merge(shoppers.current(), itemsOf(guestCart));
        List<SkippedItem> skipped = merged.skipped().stream()
                .map(item -> new SkippedItem(item.productId(), SkippedItem.ReasonEnum.fromValue(
                        item.reason().name().toLowerCase(Locale.ROOT))))
                .toList();
        return ResponseEntity.ok(new CartMergeResult(toApi(merged.cart()), skipped));
    }

    // Bean validation passes a null list element (there is nothing to validate in it), so it is refused here.
    private static List<CartService.RequestedItem> itemsOf(GuestCart guestCart) {
        List<CartService.RequestedItem> items = new ArrayList<>();
        for (int i = 0; i < guestCart.getItems().size(); i++) {
            GuestCartItem item = guestCart.getItems().get(i);
            if (item == null) {
                throw new InvalidParameterException("items[" + i + "]", "must not be null");
            }
            items.add(new CartService.RequestedItem(item.getProductId(), item.getQuantity()));
        }
        return items;
    }

    private static Cart toApi(ShoppingCart cart) {
        return new Cart(cart.lines().stream().map(CartController::toApi).toList(), cart.itemCount(), Yen.of(cart.totalJpy()))
                    .updatedAt(cart.updatedAt() == null ? null : cart.updatedAt().atOffset(ZoneOffset.UTC));
    }

    private static o11yshop.order.api.model.CartLine toApi(CartLine line) {
        return new o11yshop.order.api.model.CartLine(line.productId(), line.productName(), Yen.of(line.unitPriceJpy()),
                line.quantity(), Yen.of(line.lineTotalJpy()), line.addedAt().atOffset(ZoneOffset.UTC));
    }

}
