package o11yshop.identity.session;

import o11yshop.identity.account.EmailAddresses;
import o11yshop.identity.provider.IdentityProvider;
import o11yshop.identity.provider.InvalidCredentialsException;
import o11yshop.identity.provider.IssuedToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Log-in: the throttle in front, the identity provider behind. */
@Service
public class LogInService {

    private static final Logger log = LoggerFactory.getLogger(LogInService.class);

    private final LoginThrottle throttle;
    private final IdentityProvider provider;

    LogInService(LoginThrottle throttle, IdentityProvider provider) {
        this.throttle = throttle;
        this.provider = provider;
    }

    public IssuedToken logIn(String email, String password, String clientAddress) {
        String address = EmailAddresses.normalize(email);
        throttle.checkNotLocked(address, clientAddress);
        IssuedToken token;
        try {
            token = provider.authenticate(address, password);
        } catch (InvalidCredentialsException wrongPasswordOrUnknownAddress) {
            throttle.recordFailure(address, clientAddress);
            throw wrongPasswordOrUnknownAddress;
        }
        throttle.clearEmail(address);
        log.info("Log-in from client {}", clientAddress);
        return token;
    }
}
