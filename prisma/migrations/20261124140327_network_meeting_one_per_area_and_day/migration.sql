-- DropIndex
DROP INDEX "network_meeting_area_held_on_idx";

-- CreateIndex
CREATE UNIQUE INDEX "network_meeting_area_held_on_key" ON "network_meeting"("area", "held_on");

