package o11yshop.identity.session;

import static o11yshop.identity.db.Tables.LOGIN_THROTTLE;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import o11yshop.identity.UtcTime;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class LoginThrottleRepository {

    /** A key's failed log-ins in a row, and when the last of them was. */
    record FailureCount(int failures, Instant lastFailureAt) {
    }

    private final DSLContext dsl;

    LoginThrottleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** When the keys' running locks end; empty when none of them is locked. */
    List<Instant> locksEndingAfter(Collection<String> keys, Instant now) {
        return dsl.select(LOGIN_THROTTLE.BLOCKED_UNTIL)
                .from(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.THROTTLE_KEY.in(keys), LOGIN_THROTTLE.BLOCKED_UNTIL.gt(UtcTime.toColumn(now)))
                .fetch(row -> UtcTime.fromColumn(row.value1()));
    }

    /**
     * The key's row, locked until the transaction ends so that concurrent failures count one by one.
     * The row is created first when there is none; a concurrent creation of the same row is ignored.
     */
    FailureCount lockOrCreate(String key, Instant now) {
        dsl.insertInto(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.THROTTLE_KEY, key)
                .set(LOGIN_THROTTLE.FAILURES, 0)
                .set(LOGIN_THROTTLE.LAST_FAILURE_AT, UtcTime.toColumn(now))
                .onDuplicateKeyIgnore()
                .execute();
        return dsl.select(LOGIN_THROTTLE.FAILURES, LOGIN_THROTTLE.LAST_FAILURE_AT)
                .from(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.THROTTLE_KEY.eq(key))
                .forUpdate()
                .fetchSingle(row -> new FailureCount(row.value1(), UtcTime.fromColumn(row.value2())));
    }

    /** Call with the row locked by {@link #lockOrCreate}; no lock ({@code null}) clears a lock that ran out. */
    void update(String key, int failures, Instant lastFailureAt, @Nullable Instant blockedUntil) {
        dsl.update(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.FAILURES, failures)
                .set(LOGIN_THROTTLE.LAST_FAILURE_AT, UtcTime.toColumn(lastFailureAt))
                .set(LOGIN_THROTTLE.BLOCKED_UNTIL, blockedUntil == null ? null : UtcTime.toColumn(blockedUntil))
                .where(LOGIN_THROTTLE.THROTTLE_KEY.eq(key))
                .execute();
    }

    void delete(String key) {
        dsl.deleteFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.THROTTLE_KEY.eq(key)).execute();
    }

    /** Rows nobody needs any more: no recent failure, no running lock. */
    int deleteIdleSince(Instant cutoff, Instant now) {
        return dsl.deleteFrom(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.LAST_FAILURE_AT.lt(UtcTime.toColumn(cutoff)))
                .and(LOGIN_THROTTLE.BLOCKED_UNTIL.isNull().or(LOGIN_THROTTLE.BLOCKED_UNTIL.le(UtcTime.toColumn(now))))
                .execute();
    }
}
