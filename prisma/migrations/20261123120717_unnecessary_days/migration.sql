-- CreateTable
CREATE TABLE "stay_event" (
    "event_id" UUID NOT NULL,
    "stay_id" TEXT NOT NULL,
    "patient_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "sequence" BIGINT NOT NULL,
    "care_link_id" TEXT NOT NULL,
    "payload" JSONB NOT NULL,

    CONSTRAINT "stay_event_pkey" PRIMARY KEY ("event_id")
);

-- CreateTable
CREATE TABLE "stay" (
    "stay_id" TEXT NOT NULL,
    "patient_id" TEXT NOT NULL,
    "admitted_at" TIMESTAMPTZ(3),
    "discharged_at" TIMESTAMPTZ(3),
    "admitted_on" DATE,
    "discharged_on" DATE,
    "ward_care_link_id" TEXT,
    "receiving_care_link_id" TEXT,
    "diagnosis_group" TEXT,
    "waiting" BOOLEAN NOT NULL DEFAULT false,
    "facts" JSONB NOT NULL,

    CONSTRAINT "stay_pkey" PRIMARY KEY ("stay_id")
);

-- CreateTable
CREATE TABLE "unnecessary_day" (
    "stay_id" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "cause" TEXT NOT NULL,
    "ward_care_link_id" TEXT NOT NULL,
    "receiving_care_link_id" TEXT,

    CONSTRAINT "unnecessary_day_pkey" PRIMARY KEY ("stay_id","rule","day")
);

-- CreateIndex
CREATE INDEX "stay_event_stay_id_idx" ON "stay_event"("stay_id");

-- CreateIndex
CREATE INDEX "stay_patient_id_idx" ON "stay"("patient_id");

-- CreateIndex
CREATE INDEX "stay_waiting_idx" ON "stay"("waiting");

-- CreateIndex
CREATE INDEX "stay_admitted_on_idx" ON "stay"("admitted_on");

-- CreateIndex
CREATE INDEX "stay_discharged_on_idx" ON "stay"("discharged_on");

-- CreateIndex
CREATE INDEX "unnecessary_day_rule_day_idx" ON "unnecessary_day"("rule", "day");

