-- Every outbox row is written by the statement that stores its event, so the foreign key only cost
-- a lookup and key-share lock of the event per row.
ALTER TABLE "outbox_message" DROP CONSTRAINT "outbox_message_event_id_fkey";

-- The relay and the backlog metric look only for unsent rows: marking a row sent then adds no entry
-- to this index (it added one to the (sent_at, id) index), and the index holds only the backlog.
DROP INDEX "outbox_message_sent_at_id_idx";
CREATE INDEX "outbox_message_unsent_id_idx" ON "outbox_message"("id") WHERE "sent_at" IS NULL;
