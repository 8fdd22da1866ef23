-- The projector's word that every read model holds an event, for what builds on the read models
-- (handover delivery) to wait for.
-- CreateTable
CREATE TABLE "projection_checkpoint" (
    "event_id" UUID NOT NULL,
    "projected_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "projection_checkpoint_pkey" PRIMARY KEY ("event_id")
);

-- Events every read model already holds are past the checkpoint.
INSERT INTO "projection_checkpoint" ("event_id")
SELECT "event_id" FROM "processed_event"
WHERE "consumer" IN ('projector.journeys', 'projector.stays', 'projector.medicine-lists', 'projector.care-plans')
GROUP BY "event_id" HAVING count(*) = 4;
