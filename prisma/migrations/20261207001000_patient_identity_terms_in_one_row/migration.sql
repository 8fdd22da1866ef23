-- The blind index's terms of an identity in one array on its row, under a GIN index, instead of a
-- row and two index entries per term: a new patient wrote about 14 term rows, 28 index entries.
-- Each term is a 16-byte HMAC, kept as a uuid (fixed width, no length header); GIN's pending list
-- (fastupdate, on by default) takes a new row's terms in one append.
-- AlterTable
ALTER TABLE "patient_identity" ADD COLUMN "terms" UUID[] DEFAULT ARRAY[]::UUID[];

UPDATE "patient_identity" held
SET "terms" = (SELECT array_agg(encode(t."term", 'hex')::uuid ORDER BY t."term")
               FROM "patient_identity_term" t WHERE t."patient_id" = held."patient_id")
WHERE EXISTS (SELECT 1 FROM "patient_identity_term" t WHERE t."patient_id" = held."patient_id");

-- DropTable
DROP TABLE "patient_identity_term";

-- CreateIndex
CREATE INDEX "patient_identity_terms_idx" ON "patient_identity" USING GIN ("terms");
