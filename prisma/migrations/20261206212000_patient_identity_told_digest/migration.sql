-- A keyed digest of what the register holds for each patient (source and identity), so a write of
-- an identity held as told already is skipped inside the statement that stores its events, without
-- opening the sealed one. Rows from before have none and are written once more when next told.
-- AlterTable
ALTER TABLE "patient_identity" ADD COLUMN "told_digest" BYTEA;
