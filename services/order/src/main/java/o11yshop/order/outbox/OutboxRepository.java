package o11yshop.order.outbox;

import static o11yshop.order.db.Tables.OUTBOX_EVENT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import o11yshop.platform.observability.Observability;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The transactional outbox. An event is appended in the same transaction as the change it reports, so
 * it exists exactly when the change does: a rolled-back order leaves no event, a committed one always
 * has one. The relay publishes it afterwards.
 */
@Repository
public class OutboxRepository {

    /**
     * An event not published yet, its place in the order events were written, and the trace of the
     * request that wrote it.
     */
    record Pending(long position, OutboxMessage message, Optional<String> traceHeader) {
    }

    private static final int MAX_ERROR_LENGTH = 500;

    private final DSLContext dsl;
    private final Observability observability;

    OutboxRepository(DSLContext dsl, Observability observability) {
        this.dsl = dsl;
        this.observability = observability;
    }

    /** Call inside the transaction of the change the event reports; the event keeps that change's trace. */
    public void append(OutboxMessage message, Instant now) {
        dsl.insertInto(OUTBOX_EVENT)
                .set(OUTBOX_EVENT.EVENT_ID, message.eventId())
                .set(OUTBOX_EVENT.EVENT_TYPE, message.type())
                .set(OUTBOX_EVENT.PAYLOAD, message.payload())
                .set(OUTBOX_EVENT.TRACE_HEADER, observability.currentTraceHeader().orElse(null))
                .set(OUTBOX_EVENT.CREATED_AT, now)
                .execute();
    }

    /**
     * The oldest unpublished events, locked until the transaction ends. Rows another relay (a second
     * instance of the service) has locked are skipped rather than waited for, so two relays never
     * publish the same row at the same time.
     */
    List<Pending> lockUnpublished(int limit) {
        return dsl.selectFrom(OUTBOX_EVENT)
                .where(OUTBOX_EVENT.PUBLISHED_AT.isNull())
                .orderBy(OUTBOX_EVENT.POSITION)
                .limit(limit)
                .forUpdate().skipLocked()
                .fetch(row -> new Pending(row.getPosition(),
                        new OutboxMessage(row.getEventId(), row.getEventType(), row.getPayload()),
                        Optional.ofNullable(row.getTraceHeader())));
    }

    void markPublished(long position, Instant now) {
        dsl.update(OUTBOX_EVENT)
                .set(OUTBOX_EVENT.PUBLISHED_AT, now)
                .set(OUTBOX_EVENT.ATTEMPTS, OUTBOX_EVENT.ATTEMPTS.plus(1))
                .where(OUTBOX_EVENT.POSITION.eq(position))
                .execute();
    }

    void markFailed(long position, String error) {
        dsl.update(OUTBOX_EVENT)
                .set(OUTBOX_EVENT.ATTEMPTS, OUTBOX_EVENT.ATTEMPTS.plus(1))
                .set(OUTBOX_EVENT.LAST_ERROR, error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error)
                .where(OUTBOX_EVENT.POSITION.eq(position))
                .execute();
    }
}
