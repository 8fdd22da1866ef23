-- CreateTable
CREATE TABLE "care_plan_version" (
    "event_id" UUID NOT NULL,
    "patient_id" TEXT NOT NULL,
    "care_plan_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "sequence" BIGINT NOT NULL,
    "care_link_id" TEXT NOT NULL,
    "payload" JSONB NOT NULL,

    CONSTRAINT "care_plan_version_pkey" PRIMARY KEY ("event_id")
);

-- CreateIndex
CREATE INDEX "care_plan_version_patient_id_version_idx" ON "care_plan_version"("patient_id", "version");

