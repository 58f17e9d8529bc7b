package o11yshop.inventory.restock;

import java.time.ZoneOffset;
import o11yshop.inventory.api.RestockSubscriptionsApi;
import o11yshop.inventory.api.model.RestockSubscription;
import o11yshop.inventory.web.Callers;
import o11yshop.platform.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * Signs the caller up, at the e-mail address their access token names: taking it from the request
 * would let anyone make the shop write to a stranger.
 */
@RestController
class RestockSubscriptionController implements RestockSubscriptionsApi {

    private final RestockSubscriptionService subscriptions;
    private final Callers callers;
    private final CurrentUser currentUser;

    RestockSubscriptionController(RestockSubscriptionService subscriptions, Callers callers, CurrentUser currentUser) {
        this.subscriptions = subscriptions;
        this.callers = callers;
        this.currentUser = currentUser;
    }

    @Override
    public ResponseEntity<RestockSubscription> subscribeToRestock(Long productId) {
        String email = currentUser.email().filter(address -> !address.isBlank()).orElseThrow(EmailUnknownException::new);
        RestockSubscriptionService.Outcome outcome = subscriptions.subscribe(productId, email, callers.current());
        RestockSignUp signUp = outcome.signUp();
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new RestockSubscription(signUp.productId(), signUp.email(),
                        signUp.createdAt().atOffset(ZoneOffset.UTC)));
    }
}
