-- The stays projection folds events later than everything a stay holds onto its stored record
-- instead of reading all the stay's events again; it needs the latest event's place to know. Stays
-- stored before have none and are made from their events once more at their next event.
-- AlterTable
ALTER TABLE "stay" ADD COLUMN "last_event_at" TIMESTAMPTZ(3),
ADD COLUMN "last_event_sequence" DOUBLE PRECISION;
