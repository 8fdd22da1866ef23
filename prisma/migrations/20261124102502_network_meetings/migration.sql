-- CreateTable
CREATE TABLE "network_meeting" (
    "meeting_id" UUID NOT NULL,
    "area" TEXT NOT NULL,
    "held_on" DATE NOT NULL,
    "organisation_ids" TEXT[],
    "participant_care_link_ids" TEXT[],
    "patient_representatives" INTEGER NOT NULL,
    "planned_by" TEXT NOT NULL,
    "planned_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "minutes_recorded_by" TEXT,
    "minutes_recorded_at" TIMESTAMPTZ(3),

    CONSTRAINT "network_meeting_pkey" PRIMARY KEY ("meeting_id")
);

-- CreateTable
CREATE TABLE "network_meeting_item" (
    "item_id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "source_kind" TEXT NOT NULL,
    "source_id" UUID,
    "title" TEXT NOT NULL,
    "detail" TEXT,
    "decision" TEXT,
    "owner_care_link_id" TEXT,

    CONSTRAINT "network_meeting_item_pkey" PRIMARY KEY ("item_id")
);

-- CreateIndex
CREATE INDEX "network_meeting_area_held_on_idx" ON "network_meeting"("area", "held_on");

-- CreateIndex
CREATE INDEX "network_meeting_held_on_idx" ON "network_meeting"("held_on");

-- CreateIndex
CREATE UNIQUE INDEX "network_meeting_item_meeting_id_position_key" ON "network_meeting_item"("meeting_id", "position");

-- AddForeignKey
ALTER TABLE "network_meeting_item" ADD CONSTRAINT "network_meeting_item_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "network_meeting"("meeting_id") ON DELETE RESTRICT ON UPDATE CASCADE;

