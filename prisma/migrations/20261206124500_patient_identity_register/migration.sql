-- The patient identity register: names and personal identity numbers sealed by the services
-- (AES-256-GCM), never readable from the database alone, and a blind index of keyed HMACs to find
-- them by. The services' role gets the usual table grants by default privileges.
-- CreateTable
CREATE TABLE "patient_identity" (
    "patient_id" TEXT NOT NULL,
    "sealed_key" BYTEA NOT NULL,
    "sealed" BYTEA NOT NULL,
    "source" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "patient_identity_pkey" PRIMARY KEY ("patient_id")
);

-- CreateTable
CREATE TABLE "patient_identity_term" (
    "term" BYTEA NOT NULL,
    "patient_id" TEXT NOT NULL,

    CONSTRAINT "patient_identity_term_pkey" PRIMARY KEY ("term","patient_id")
);

-- CreateIndex
CREATE INDEX "patient_identity_term_patient_id_idx" ON "patient_identity_term"("patient_id");

-- AddForeignKey
ALTER TABLE "patient_identity_term" ADD CONSTRAINT "patient_identity_term_patient_id_fkey" FOREIGN KEY ("patient_id") REFERENCES "patient_identity"("patient_id") ON DELETE CASCADE ON UPDATE CASCADE;
