package o11yshop.identity.session;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many failed log-ins are tolerated before log-in is locked, and for how long.
 *
 * @param maxFailuresPerEmail failures for one e-mail address before it is locked: stops guessing one account's password
 * @param maxFailuresPerClient failures from one client address, whatever e-mail addresses it tries: stops trying one
 *        common password on many accounts. Higher, because many people can share one address (an office, a mobile carrier)
 * @param firstLockout the lock after the last tolerated failure; it doubles with every further failure
 * @param maxLockout the longest lock, so that an attacker cannot shut a real user out for long
 * @param failureWindow failures older than this (counted from the latest) are forgotten
 */
@ConfigurationProperties("shop.identity.login-throttle")
public record LoginThrottleProperties(int maxFailuresPerEmail, int maxFailuresPerClient, Duration firstLockout,
                                      Duration maxLockout, Duration failureWindow) {
}
