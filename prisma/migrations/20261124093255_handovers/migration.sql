-- CreateTable
CREATE TABLE "handover_specification" (
    "specification_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "receiving_care_link_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "from_care_link_kinds" TEXT[],
    "document" TEXT NOT NULL,
    "target" JSONB NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by" TEXT NOT NULL,

    CONSTRAINT "handover_specification_pkey" PRIMARY KEY ("specification_id","version")
);

-- CreateTable
CREATE TABLE "handover_package" (
    "package_id" UUID NOT NULL,
    "specification_id" TEXT NOT NULL,
    "specification_version" INTEGER NOT NULL,
    "patient_id" TEXT NOT NULL,
    "receiving_care_link_id" TEXT NOT NULL,
    "sending_care_link_id" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "trigger_event_id" UUID NOT NULL,
    "triggered_at" TIMESTAMPTZ(3) NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "near_breach_at" TIMESTAMPTZ(3) NOT NULL,
    "data" JSONB NOT NULL,
    "missing" TEXT[],
    "acknowledged_at" TIMESTAMPTZ(3),
    "acknowledged_by" TEXT,
    "breach_published_at" TIMESTAMPTZ(3),
    "near_breach_published_at" TIMESTAMPTZ(3),

    CONSTRAINT "handover_package_pkey" PRIMARY KEY ("package_id")
);

-- CreateIndex
CREATE INDEX "handover_specification_trigger_active_idx" ON "handover_specification"("trigger", "active");

-- CreateIndex
CREATE INDEX "handover_package_receiving_care_link_id_acknowledged_at_idx" ON "handover_package"("receiving_care_link_id", "acknowledged_at");

-- CreateIndex
CREATE INDEX "handover_package_sending_care_link_id_idx" ON "handover_package"("sending_care_link_id");

-- CreateIndex
CREATE INDEX "handover_package_due_at_idx" ON "handover_package"("due_at");

-- CreateIndex
CREATE UNIQUE INDEX "handover_package_specification_id_trigger_event_id_key" ON "handover_package"("specification_id", "trigger_event_id");

