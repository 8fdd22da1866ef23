-- CreateTable
CREATE TABLE "organisation" (
    "organisation_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "time_zone" TEXT NOT NULL DEFAULT 'Europe/Stockholm',
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "organisation_pkey" PRIMARY KEY ("organisation_id")
);

-- CreateTable
CREATE TABLE "care_link" (
    "care_link_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "organisation_id" TEXT NOT NULL,
    "hospital" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "care_link_pkey" PRIMARY KEY ("care_link_id")
);

-- CreateIndex
CREATE INDEX "care_link_organisation_id_idx" ON "care_link"("organisation_id");

-- AddForeignKey
ALTER TABLE "care_link" ADD CONSTRAINT "care_link_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("organisation_id") ON DELETE RESTRICT ON UPDATE CASCADE;

