-- The trace of the request that wrote the event (X-Ray: Root=…;Parent=…;Sampled=…), so that the relay
-- publishes it in that trace and the consumer continues it, however much later the event is sent.
ALTER TABLE outbox_event ADD COLUMN trace_header VARCHAR(256);
