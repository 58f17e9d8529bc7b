package o11yshop.identity.provider;

import java.time.Duration;

/** An access token and how long it is accepted. */
public record IssuedToken(String accessToken, Duration expiresIn) {

    /** Never the token: it opens the account until it expires. */
    @Override
    public String toString() {
        return "IssuedToken[expiresIn=" + expiresIn + "]";
    }
}
