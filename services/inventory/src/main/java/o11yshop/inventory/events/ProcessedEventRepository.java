package o11yshop.inventory.events;

import static o11yshop.inventory.db.Tables.PROCESSED_EVENT;

import java.time.Instant;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The events inventory has applied, by event ID: the record that makes applying one idempotent. */
@Repository
class ProcessedEventRepository {

    private final DSLContext dsl;

    ProcessedEventRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Records the event as applied; false if it already was. Call it in the transaction that applies the
     * event: if that rolls back, so does this record, and a redelivery applies the event again.
     */
    boolean markProcessed(UUID eventId, String eventType, Instant now) {
        return dsl.insertInto(PROCESSED_EVENT)
                .set(PROCESSED_EVENT.EVENT_ID, eventId)
                .set(PROCESSED_EVENT.EVENT_TYPE, eventType)
                .set(PROCESSED_EVENT.PROCESSED_AT, now)
                .onDuplicateKeyIgnore()
                .execute() == 1;
    }
}
