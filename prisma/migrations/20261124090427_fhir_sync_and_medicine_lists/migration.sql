-- CreateTable
CREATE TABLE "fhir_sync_cursor" (
    "connection_id" TEXT NOT NULL,
    "resource_type" TEXT NOT NULL,
    "last_updated" TEXT,
    "synced_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fhir_sync_cursor_pkey" PRIMARY KEY ("connection_id","resource_type")
);

-- CreateTable
CREATE TABLE "fhir_synced_resource" (
    "connection_id" TEXT NOT NULL,
    "resource_type" TEXT NOT NULL,
    "resource_id" TEXT NOT NULL,
    "version_id" TEXT NOT NULL,
    "patient_id" TEXT,
    "resource" JSONB,

    CONSTRAINT "fhir_synced_resource_pkey" PRIMARY KEY ("connection_id","resource_type","resource_id")
);

-- CreateTable
CREATE TABLE "medicine_list_change" (
    "event_id" UUID NOT NULL,
    "patient_id" TEXT NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "sequence" BIGINT NOT NULL,
    "care_link_id" TEXT NOT NULL,
    "payload" JSONB NOT NULL,

    CONSTRAINT "medicine_list_change_pkey" PRIMARY KEY ("event_id")
);

-- CreateTable
CREATE TABLE "medicine_list" (
    "patient_id" TEXT NOT NULL,
    "medications" JSONB NOT NULL,
    "change_count" INTEGER NOT NULL,
    "changed_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "medicine_list_pkey" PRIMARY KEY ("patient_id")
);

-- CreateIndex
CREATE INDEX "fhir_synced_resource_connection_id_patient_id_idx" ON "fhir_synced_resource"("connection_id", "patient_id");

-- CreateIndex
CREATE INDEX "medicine_list_change_patient_id_idx" ON "medicine_list_change"("patient_id");

