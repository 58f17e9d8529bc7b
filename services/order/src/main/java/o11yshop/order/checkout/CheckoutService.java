package o11yshop.order.checkout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import o11yshop.order.cart.CartLine;
import o11yshop.order.cart.CartService;
import o11yshop.order.cart.ShoppingCart;
import o11yshop.order.catalog.CatalogClient;
import o11yshop.order.catalog.CatalogProduct;
import o11yshop.order.inventory.InventoryClient;
import o11yshop.order.orders.OrderRepository;
import o11yshop.order.orders.OrderedLine;
import o11yshop.order.orders.PlacedOrder;
import o11yshop.order.outbox.OutboxRepository;
import o11yshop.order.payment.PaymentGateway;
import o11yshop.order.payment.PaymentService;
import o11yshop.order.problem.OrderProblemType;
import o11yshop.order.shopper.ShopperId;
import o11yshop.order.web.Yen;
import o11yshop.platform.observability.BusinessMetric;
import o11yshop.platform.observability.BusinessMetrics;
import o11yshop.platform.observability.BusinessSpan;
import o11yshop.platform.observability.Observability;
import o11yshop.platform.observability.SpanAnnotation;
import o11yshop.platform.web.problem.ServiceProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checkout (C-SHOP-02 / CUS-07, CUS-08): the cart becomes an order. The steps run in the order that
 * keeps every failure clean:
 * <ol>
 *   <li>the Idempotency-Key is claimed, so a repeated request finds this attempt instead of starting another —
 *       and only while no other attempt of the same shopper runs, so that two tabs checking out one cart
 *       with different keys cannot both order it;</li>
 *   <li>every price is confirmed with the catalog;</li>
 *   <li>the stock is reserved in inventory, which alone decides, atomically, whether it is there;</li>
 *   <li>the payment is charged — declined or timed out, the reservation is released;</li>
 *   <li>the order, the emptied cart and the {@code OrderPlaced} event are one transaction.</li>
 * </ol>
 * No database transaction is open while another service is called. An attempt that fails frees its key.
 */
@Service
public class CheckoutService {

    private static final Logger log = LoggerFactory.getLogger(CheckoutService.class);

    /** The order, and whether an earlier request with the same Idempotency-Key placed it. */
    public record Placed(PlacedOrder order, boolean replayed) {
    }

    private final CheckoutClaimRepository claims;
    private final CartService carts;
    private final CatalogClient catalog;
    private final InventoryClient inventory;
    private final PaymentService payments;
    private final OrderRepository orders;
    private final OutboxRepository outbox;
    private final OrderNumbers orderNumbers;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration unfinishedAfter;
    private final Observability observability;
    private final BusinessMetrics metrics;

    CheckoutService(CheckoutClaimRepository claims, CartService carts, CatalogClient catalog, InventoryClient inventory, PaymentService payments,
            OrderRepository orders, OutboxRepository outbox, OrderNumbers orderNumbers, TransactionTemplate transactions, Clock clock,
            @Value("${shop.checkout.unfinished-after}") Duration unfinishedAfter, Observability observability,
            BusinessMetrics metrics) {
        this.claims = claims;
        this.carts = carts;
        this.catalog = catalog;
        this.inventory = inventory;
        this.payments = payments;
        this.orders = orders;
        this.outbox = outbox;
        this.orderNumbers = orderNumbers;
        this.transactions = transactions;
        this.clock = clock;
        this.unfinishedAfter = unfinishedAfter;
        this.observability = observability;
        this.metrics = metrics;
    }

    public Placed place(ShopperId shopper, String idempotencyKey, CheckoutCommand command) {
        String fingerprint = command.fingerprint();
        UUID checkoutId = UUID.randomUUID();
        try {
            transactions.executeWithoutResult(tx -> claimAlone(checkoutId, shopper, idempotencyKey, fingerprint));
        } catch (DuplicateKeyException e) {
            return earlierAttempt(shopper, idempotencyKey, fingerprint);
        }
        try {
            return new Placed(checkOut(checkoutId, shopper, command), false);
        } catch (RuntimeException e) {
            transactions.executeWithoutResult(tx -> claims.abandon(checkoutId));
            throw e;
        }
    }

    /**
     * Claims the key while holding the shopper's cart, so that claims of one shopper happen one after the
     * other. An attempt older than {@code shop.checkout.unfinished-after} without an order was cut off
     * (the service stopped half-way): it is forgotten, and neither blocks its key nor the next checkout.
     */
    private void claimAlone(UUID checkoutId, ShopperId shopper, String idempotencyKey, String fingerprint) {
        Instant now = clock.instant();
        carts.hold(shopper);
        claims.forgetUnfinished(shopper, now.minus(unfinishedAfter));
        if (claims.runningWithAnotherKey(shopper, idempotencyKey)) {
            throw new ServiceProblem(OrderProblemType.CHECKOUT_IN_PROGRESS,
                    "Another checkout of this cart is in progress; wait for it to finish, then look at your orders");
        }
        claims.claim(checkoutId, shopper, idempotencyKey, fingerprint, now);
    }

    /**
     * Stores the order, empties the ordered lines from the cart, completes the claim and writes
     * {@code OrderPlaced} to the outbox: all in the caller's transaction or one of its own, so that
     * either all of it happens or none.
     */
    public void record(UUID checkoutId, PlacedOrder order) {
        transactions.executeWithoutResult(tx -> {
            orders.record(order);
            carts.removeAll(order.shopper(), order.lines().stream().map(OrderedLine::productId).toList());
            claims.complete(checkoutId, order.id());
            outbox.append(OrderPlacedEvent.of(order), order.placedAt());
        });
    }

    /**
     * Each step is a business span of the trace (O-TRACE-04) — confirm prices, reserve stock, pay,
     * create order — under one {@code checkout} span that carries the shopper and the order number as
     * annotations, so that one order's checkout is found by {@code annotation.order_id}.
     */
    private PlacedOrder checkOut(UUID checkoutId, ShopperId shopper, CheckoutCommand command) {
        try (BusinessSpan checkout = observability.startSpan("checkout")) {
            checkout.annotate(SpanAnnotation.USER_ID, shopper.value());
            ShoppingCart cart = carts.of(shopper);
            if (cart.isEmpty()) {
                throw new ServiceProblem(OrderProblemType.CART_EMPTY, "The cart is empty; there is nothing to order");
            }
            metrics.count(BusinessMetric.CHECKOUT_STARTED);
            checkout.metadata("lines", cart.lines().size()).metadata("total_jpy", cart.totalJpy());
            try (BusinessSpan step = observability.startSpan("confirm prices")) {
                confirmPrices(shopper, cart);
            }
            Instant now = clock.instant();
            String orderNumber = orderNumbers.next(now);
            checkout.annotate(SpanAnnotation.ORDER_ID, orderNumber);
            UUID reservationId;
            try (BusinessSpan step = observability.startSpan("reserve stock")) {
                reservationId = inventory.reserve(orderNumber, cart.lines().stream()
                        .map(line -> new InventoryClient.Line(line.productId(), line.quantity())).toList(),
                        checkoutId.toString());
                step.metadata("reservation_id", reservationId.toString());
            }
            PaymentGateway.Outcome payment;
            try (BusinessSpan step = observability.startSpan("pay")) {
                payment = payments.charge(
                        new PaymentGateway.Charge(checkoutId.toString(), command.cardLast4(), cart.totalJpy()));
                step.metadata("outcome", payment instanceof PaymentGateway.Declined ? "declined" : "approved");
            }
            if (payment instanceof PaymentGateway.Declined declined) {
                inventory.release(reservationId);
                log.info("Checkout {} declined ({}); reservation {} released", orderNumber, declined.reason(), reservationId);
                throw new ServiceProblem(OrderProblemType.PAYMENT_DECLINED,
                        "The payment did not go through: " + declined.reason() + ". Nothing was ordered.");
            }
            PlacedOrder order = new PlacedOrder(UUID.randomUUID(), orderNumber, shopper, now, reservationId,
                    cart.lines().stream().map(CheckoutService::ordered).toList(), command.deliveryAddress(),
                    new PlacedOrder.CardPayment(command.cardLast4(), ((PaymentGateway.Approved) payment).providerReference()));
            try (BusinessSpan step = observability.startSpan("create order")) {
                record(checkoutId, order);
            } catch (RuntimeException e) {
                // the charge went through but the order could not be stored: give the stock back; the mock
                // provider has nothing to refund, a real one would be told to void the charge here
                checkout.recordError(e);
                inventory.release(reservationId);
                throw e;
            }
            log.info("Order {} placed: {} items, {} JPY, reservation {}", orderNumber, order.itemCount(), order.totalJpy(),
                    reservationId);
            metrics.count(BusinessMetric.ORDER_PLACED);
            metrics.add(BusinessMetric.REVENUE, order.totalJpy());
            metrics.count(BusinessMetric.CHECKOUT_COMPLETED);
            return order;
        }
    }

    /**
     * Asks the catalog for every line's product. Products it no longer sells are taken out of the cart;
     * changed prices are written into it. Either way the shopper is asked to review the cart again.
     */
    private void confirmPrices(ShopperId shopper, ShoppingCart cart) {
        Map<Long, Optional<CatalogProduct>> current = catalog.products(
                cart.lines().stream().map(CartLine::productId).toList());
        List<Long> unavailable = new ArrayList<>();
        List<CatalogProduct> repriced = new ArrayList<>();
        List<Map<String, Object>> priceChanges = new ArrayList<>();
        for (CartLine line : cart.lines()) {
            Optional<CatalogProduct> product = current.get(line.productId());
            if (product.isEmpty()) {
                unavailable.add(line.productId());
            } else if (product.get().priceJpy() != line.unitPriceJpy()) {
                repriced.add(product.get());
                priceChanges.add(Map.of("productId", line.productId(), "previousPrice", Yen.of(line.unitPriceJpy()),
                        "currentPrice", Yen.of(product.get().priceJpy())));
            }
        }
        if (!unavailable.isEmpty()) {
            carts.removeAll(shopper, unavailable);
            throw new ServiceProblem(OrderProblemType.PRODUCTS_UNAVAILABLE,
                    "Some products are no longer sold and were taken out of the cart; please review it",
                    Map.of("unavailableProducts", unavailable));
        }
        if (!repriced.isEmpty()) {
            carts.reprice(shopper, repriced);
            throw new ServiceProblem(OrderProblemType.PRICE_CHANGED,
                    "Prices changed since the products were put in the cart; the cart has the new prices, please review it",
                    Map.of("priceChanges", priceChanges));
        }
    }

    private Placed earlierAttempt(ShopperId shopper, String idempotencyKey, String fingerprint) {
        CheckoutClaimRepository.Claim claim = claims.find(shopper, idempotencyKey).orElseThrow(() -> new ServiceProblem(
                // the claim that blocked this one was abandoned in the meantime: the key is free again
                OrderProblemType.CHECKOUT_IN_PROGRESS, "A checkout with this Idempotency-Key just ended; send it again"));
        if (!claim.fingerprint().equals(fingerprint)) {
            throw new ServiceProblem(OrderProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a different checkout; use a new key for a new checkout");
        }
        if (claim.orderId() == null) {
            throw new ServiceProblem(OrderProblemType.CHECKOUT_IN_PROGRESS,
                    "A checkout with this Idempotency-Key is still in progress; ask again in a moment");
        }
        PlacedOrder order = orders.find(shopper, claim.orderId()).orElseThrow(() -> new IllegalStateException(
                "checkout " + claim.id() + " points at order " + claim.orderId() + ", which does not exist"));
        return new Placed(order, true);
    }

    private static OrderedLine ordered(CartLine line) {
        return new OrderedLine(line.productId(), line.productName(), line.unitPriceJpy(), line.quantity());
    }
}
