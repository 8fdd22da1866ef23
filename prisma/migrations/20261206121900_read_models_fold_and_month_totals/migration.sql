-- The journey read model folds later events onto its row instead of refolding the timeline; it
-- keeps when the latest folded event happened. Unnecessary days get monthly totals beside them.

-- AlterTable
ALTER TABLE "patient_journey" ADD COLUMN "latest_occurred_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "unnecessary_day_month" (
    "rule" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "cause" TEXT NOT NULL,
    "ward_care_link_id" TEXT NOT NULL,
    "receiving_care_link_id" TEXT NOT NULL,
    "days" INTEGER NOT NULL,

    CONSTRAINT "unnecessary_day_month_pkey" PRIMARY KEY ("rule","month","cause","ward_care_link_id","receiving_care_link_id")
);

-- Existing rows get their values from what the read models hold already.
UPDATE "patient_journey" j SET "latest_occurred_at" = e.latest
FROM (SELECT patient_id, max(occurred_at) AS latest FROM "journey_entry" GROUP BY patient_id) e
WHERE e.patient_id = j.patient_id;

INSERT INTO "unnecessary_day_month" ("rule", "month", "cause", "ward_care_link_id", "receiving_care_link_id", "days")
SELECT rule, date_trunc('month', day)::date, cause, ward_care_link_id, coalesce(receiving_care_link_id, ''), count(*)::int
FROM "unnecessary_day" GROUP BY 1, 2, 3, 4, 5;
