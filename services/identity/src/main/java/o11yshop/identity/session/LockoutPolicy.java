package o11yshop.identity.session;

import java.time.Duration;

/** How long log-in stays locked after a number of failures in a row. */
record LockoutPolicy(Duration firstLockout, Duration maxLockout) {

    /** Past 30 doublings any sane first lockout is beyond the maximum; stops the shift from overflowing. */
    private static final int MAX_DOUBLINGS = 30;

    /**
     * No lock below the tolerated number of failures; at it, the first lockout; doubled for every
     * failure beyond it, up to the maximum.
     */
    Duration lockoutAfter(int failures, int tolerated) {
        if (failures < tolerated) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - tolerated, MAX_DOUBLINGS);
        Duration lockout = firstLockout.multipliedBy(1L << doublings);
        return lockout.compareTo(maxLockout) > 0 ? maxLockout : lockout;
    }
}
