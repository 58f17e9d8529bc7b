package o11yshop.identity.session;

import jakarta.servlet.http.HttpServletRequest;
import o11yshop.identity.api.SessionsApi;
import o11yshop.identity.api.model.AccessToken;
import o11yshop.identity.api.model.LogInRequest;
import o11yshop.identity.provider.IssuedToken;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SessionController implements SessionsApi {

    private final LogInService logIn;
    private final HttpServletRequest request;

    SessionController(LogInService logIn, HttpServletRequest request) {
        this.logIn = logIn;
        this.request = request;
    }

    /**
     * The client address is the caller's as the edge or the load balancer saw it: the server trusts
     * {@code X-Forwarded-For} only from those (server.forward-headers-strategy), so a caller cannot
     * choose its own address to dodge the per-client count.
     */
    @Override
    public ResponseEntity<AccessToken> logIn(LogInRequest body) {
        IssuedToken token = logIn.logIn(body.getEmail(), body.getPassword(), request.getRemoteAddr());
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(new AccessToken(token.accessToken(), AccessToken.TokenTypeEnum.BEARER,
                        Math.toIntExact(token.expiresIn().toSeconds())));
    }
}
