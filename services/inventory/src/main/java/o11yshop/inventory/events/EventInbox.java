package o11yshop.inventory.events;

import java.util.List;

/**
 * Where events from other services reach inventory. The consumer sees only this port, so the SQS queue
 * behind it can be fed by SNS or EventBridge later, or replaced, without touching how events are applied.
 */
public interface EventInbox {

    /** Waits a while for messages; an empty list when none came. */
    List<InboundMessage> receive();

    /** Removes an applied message for good. One never acknowledged is delivered again later. */
    void acknowledge(InboundMessage message);
}
