-- Discharge planning (lag 2017:612): the directory names which link receives a municipality's
-- notices and each unit's HSA id, so notices route by the patient's home; each notice owed is a
-- row with its deadline, sent time, acknowledgement and published breach.

-- AlterTable
ALTER TABLE "care_link" ADD COLUMN "hsa_id" TEXT,
ADD COLUMN "notices_for_municipality_code" TEXT;

-- CreateTable
CREATE TABLE "discharge_notice" (
    "notice_id" UUID NOT NULL,
    "patient_id" TEXT NOT NULL,
    "stay_id" TEXT NOT NULL,
    "notice" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "to_care_link_id" TEXT,
    "from_care_link_id" TEXT NOT NULL,
    "trigger_event_id" UUID NOT NULL,
    "triggered_at" TIMESTAMPTZ(3) NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "sent_at" TIMESTAMPTZ(3),
    "sent_event_id" UUID,
    "acknowledged_at" TIMESTAMPTZ(3),
    "breach_published_at" TIMESTAMPTZ(3),
    "cancelled_at" TIMESTAMPTZ(3),

    CONSTRAINT "discharge_notice_pkey" PRIMARY KEY ("notice_id")
);

-- CreateTable
CREATE TABLE "discharge_planning_cursor" (
    "id" INTEGER NOT NULL,
    "sequence" BIGINT NOT NULL,

    CONSTRAINT "discharge_planning_cursor_pkey" PRIMARY KEY ("id")
);

INSERT INTO "discharge_planning_cursor" ("id", "sequence") VALUES (1, 0);

-- CreateIndex
CREATE UNIQUE INDEX "discharge_notice_sent_event_id_key" ON "discharge_notice"("sent_event_id");

-- CreateIndex
CREATE INDEX "discharge_notice_patient_id_idx" ON "discharge_notice"("patient_id");

-- CreateIndex
CREATE INDEX "discharge_notice_to_care_link_id_idx" ON "discharge_notice"("to_care_link_id");

-- CreateIndex
CREATE INDEX "discharge_notice_from_care_link_id_idx" ON "discharge_notice"("from_care_link_id");

-- CreateIndex
CREATE UNIQUE INDEX "discharge_notice_trigger_event_id_notice_recipient_key" ON "discharge_notice"("trigger_event_id", "notice", "recipient");

-- CreateIndex
CREATE UNIQUE INDEX "care_link_notices_for_municipality_code_key" ON "care_link"("notices_for_municipality_code");

-- CreateIndex
CREATE UNIQUE INDEX "care_link_hsa_id_key" ON "care_link"("hsa_id");
