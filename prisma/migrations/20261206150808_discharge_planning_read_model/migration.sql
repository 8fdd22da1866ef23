-- CreateTable
CREATE TABLE "discharge_planning" (
    "patient_id" TEXT NOT NULL,
    "stay_id" TEXT NOT NULL,
    "expected_discharge_date" TEXT,
    "expected_discharge_date_sequence" BIGINT,
    "municipal_status_reported" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "discharge_planning_pkey" PRIMARY KEY ("patient_id","stay_id")
);

-- CreateTable
CREATE TABLE "planning_meeting" (
    "event_id" UUID NOT NULL,
    "patient_id" TEXT NOT NULL,
    "stay_id" TEXT NOT NULL,
    "meeting_id" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "mode" TEXT NOT NULL,
    "participant_care_link_ids" TEXT[],
    "patient_takes_part" BOOLEAN NOT NULL,
    "relatives_invited" BOOLEAN NOT NULL,
    "called_by_care_link_id" TEXT NOT NULL,
    "sequence" BIGINT NOT NULL,

    CONSTRAINT "planning_meeting_pkey" PRIMARY KEY ("event_id")
);

-- CreateIndex
CREATE INDEX "planning_meeting_patient_id_stay_id_sequence_idx" ON "planning_meeting"("patient_id", "stay_id", "sequence");

