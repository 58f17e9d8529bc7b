package o11yshop.inventory.restock;

import java.time.ZoneOffset;
import o11yshop.inventory.api.RestockSubscriptionsApi;
import o11yshop.inventory.api.model.RestockSubscription;
import o11yshop.inventory.api.model.RestockSubscriptionRequest;
import o11yshop.inventory.web.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RestockSubscriptionController implements RestockSubscriptionsApi {

    private final RestockSubscriptions subscriptions;
    private final Callers callers;

    RestockSubscriptionController(RestockSubscriptions subscriptions, Callers callers) {
        this.subscriptions = subscriptions;
        this.callers = callers;
    }

    @Override
    public ResponseEntity<RestockSubscription> subscribeToRestock(Long productId, RestockSubscriptionRequest request) {
        RestockSubscriptions.Outcome outcome = subscriptions.subscribe(productId, request.getEmail(), callers.current());
        RestockSignUp signUp = outcome.signUp();
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new RestockSubscription(signUp.productId(), signUp.email(),
                        signUp.createdAt().atOffset(ZoneOffset.UTC)));
    }
}
