-- A stay is one patient's: hospitals number visits on their own (HL7 PV1-19), so equal numbers of
-- two patients were merged into one stay. Stays still in hospital keep the time they are ready
-- from instead of a waiting flag set at projection time.
--
-- No data is lost: the event store holds every stay's events. Stays merged under a shared number,
-- and stays still in hospital, are handed back to the projector: their events are marked as not
-- applied by the stays model, and its store catch-up (at start, then every interval) projects them
-- again under the new keys. Until then a merged stay is absent and an open stay is not waiting.
CREATE TEMPORARY TABLE reprojected_stay AS
  SELECT stay_id FROM stay_event GROUP BY stay_id HAVING count(DISTINCT patient_id) > 1;
CREATE TEMPORARY TABLE reprojected_stay_event AS
  SELECT event_id FROM stay_event
  WHERE stay_id IN (SELECT stay_id FROM reprojected_stay)
     OR stay_id IN (SELECT stay_id FROM stay WHERE discharged_at IS NULL);

DELETE FROM processed_event
WHERE consumer = 'projector.stays' AND event_id IN (SELECT event_id FROM reprojected_stay_event);
DELETE FROM projection_checkpoint WHERE event_id IN (SELECT event_id FROM reprojected_stay_event);
DELETE FROM unnecessary_day WHERE stay_id IN (SELECT stay_id FROM reprojected_stay);
DELETE FROM stay WHERE stay_id IN (SELECT stay_id FROM reprojected_stay);
DELETE FROM stay_event WHERE event_id IN (SELECT event_id FROM reprojected_stay_event);

-- DropIndex
DROP INDEX "stay_patient_id_idx";

-- DropIndex
DROP INDEX "stay_waiting_idx";

-- DropIndex
DROP INDEX "stay_event_stay_id_idx";

-- AlterTable
ALTER TABLE "stay" DROP CONSTRAINT "stay_pkey",
DROP COLUMN "waiting",
ADD COLUMN     "ready_from" TIMESTAMPTZ(3),
ADD CONSTRAINT "stay_pkey" PRIMARY KEY ("patient_id", "stay_id");

-- AlterTable: the days of the stays that remain are their patient's.
ALTER TABLE "unnecessary_day" DROP CONSTRAINT "unnecessary_day_pkey",
ADD COLUMN     "patient_id" TEXT;
UPDATE "unnecessary_day" d SET "patient_id" = s."patient_id" FROM "stay" s WHERE s."stay_id" = d."stay_id";
DELETE FROM "unnecessary_day" WHERE "patient_id" IS NULL;
ALTER TABLE "unnecessary_day" ALTER COLUMN "patient_id" SET NOT NULL,
ADD CONSTRAINT "unnecessary_day_pkey" PRIMARY KEY ("patient_id", "stay_id", "rule", "day");

DROP TABLE reprojected_stay_event;
DROP TABLE reprojected_stay;

-- CreateIndex
CREATE INDEX "stay_ready_from_idx" ON "stay"("ready_from");

-- CreateIndex
CREATE INDEX "stay_event_patient_id_stay_id_idx" ON "stay_event"("patient_id", "stay_id");
