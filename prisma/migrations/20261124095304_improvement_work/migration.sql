-- CreateTable
CREATE TABLE "improvement_idea" (
    "idea_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "submitter_kind" TEXT NOT NULL,
    "submitted_by" TEXT NOT NULL,
    "submitted_from_link" TEXT NOT NULL,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" TEXT NOT NULL DEFAULT 'new',
    "parked_reason" TEXT,
    "project_id" UUID,
    "triaged_by" TEXT,
    "triaged_at" TIMESTAMPTZ(3),

    CONSTRAINT "improvement_idea_pkey" PRIMARY KEY ("idea_id")
);

-- CreateTable
CREATE TABLE "improvement_project" (
    "project_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "problem" TEXT NOT NULL,
    "who_must_cooperate" TEXT NOT NULL,
    "aim_statement" TEXT NOT NULL,
    "aim_measure_key" TEXT NOT NULL,
    "aim_target" DOUBLE PRECISION NOT NULL,
    "aim_by" DATE NOT NULL,
    "aim_sustained_points" INTEGER NOT NULL,
    "starts_on" DATE NOT NULL,
    "granularity" TEXT NOT NULL,
    "team" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "learning" JSONB NOT NULL DEFAULT '[]',
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "celebrated_at" TIMESTAMPTZ(3),
    "celebrated_by" TEXT,
    "celebration_note" TEXT,

    CONSTRAINT "improvement_project_pkey" PRIMARY KEY ("project_id")
);

-- CreateTable
CREATE TABLE "improvement_measure" (
    "measure_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "improvement" TEXT NOT NULL,
    "series" JSONB NOT NULL,
    "baseline" JSONB NOT NULL,

    CONSTRAINT "improvement_measure_pkey" PRIMARY KEY ("measure_id")
);

-- CreateTable
CREATE TABLE "measure_value" (
    "measure_id" UUID NOT NULL,
    "period" DATE NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "recorded_by" TEXT NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "measure_value_pkey" PRIMARY KEY ("measure_id","period")
);

-- CreateTable
CREATE TABLE "pdsa_cycle" (
    "cycle_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "change" TEXT NOT NULL,
    "plan" TEXT NOT NULL,
    "prediction" TEXT NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE,
    "do_note" TEXT,
    "study" TEXT,
    "act" TEXT,
    "act_note" TEXT,

    CONSTRAINT "pdsa_cycle_pkey" PRIMARY KEY ("cycle_id")
);

-- CreateTable
CREATE TABLE "cooperation_breakdown" (
    "report_id" UUID NOT NULL,
    "occurred_on" DATE NOT NULL,
    "care_link_ids" TEXT[],
    "what_happened" TEXT NOT NULL,
    "consequence" TEXT,
    "reported_by" TEXT NOT NULL,
    "reporting_care_link_id" TEXT NOT NULL,
    "reported_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "project_id" UUID,
    "feedback" TEXT,
    "feedback_by" TEXT,
    "feedback_at" TIMESTAMPTZ(3),

    CONSTRAINT "cooperation_breakdown_pkey" PRIMARY KEY ("report_id")
);

-- CreateTable
CREATE TABLE "complaint" (
    "complaint_id" UUID NOT NULL,
    "received_on" DATE NOT NULL,
    "complainant_kind" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "patient_id" TEXT,
    "involved_care_link_ids" TEXT[],
    "recorded_by" TEXT NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "feedback" TEXT,
    "feedback_given_on" DATE,
    "feedback_by" TEXT,
    "complainant_response" TEXT,
    "project_id" UUID,
    "improvement_meeting" TEXT,
    "closed_at" TIMESTAMPTZ(3),
    "closed_by" TEXT,

    CONSTRAINT "complaint_pkey" PRIMARY KEY ("complaint_id")
);

-- CreateTable
CREATE TABLE "complaint_answer" (
    "complaint_id" UUID NOT NULL,
    "care_link_id" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "answered_by" TEXT NOT NULL,
    "answered_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "complaint_answer_pkey" PRIMARY KEY ("complaint_id","care_link_id")
);

-- CreateTable
CREATE TABLE "quality_time_week" (
    "care_link_id" TEXT NOT NULL,
    "week" DATE NOT NULL,
    "offered" INTEGER NOT NULL,
    "used" INTEGER NOT NULL,
    "recorded_by" TEXT NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "quality_time_week_pkey" PRIMARY KEY ("care_link_id","week")
);

-- CreateIndex
CREATE INDEX "improvement_idea_status_idx" ON "improvement_idea"("status");

-- CreateIndex
CREATE UNIQUE INDEX "improvement_measure_project_id_key_key" ON "improvement_measure"("project_id", "key");

-- CreateIndex
CREATE UNIQUE INDEX "pdsa_cycle_project_id_number_key" ON "pdsa_cycle"("project_id", "number");

-- CreateIndex
CREATE INDEX "cooperation_breakdown_occurred_on_idx" ON "cooperation_breakdown"("occurred_on");

-- AddForeignKey
ALTER TABLE "improvement_measure" ADD CONSTRAINT "improvement_measure_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "improvement_project"("project_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "measure_value" ADD CONSTRAINT "measure_value_measure_id_fkey" FOREIGN KEY ("measure_id") REFERENCES "improvement_measure"("measure_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pdsa_cycle" ADD CONSTRAINT "pdsa_cycle_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "improvement_project"("project_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "complaint_answer" ADD CONSTRAINT "complaint_answer_complaint_id_fkey" FOREIGN KEY ("complaint_id") REFERENCES "complaint"("complaint_id") ON DELETE RESTRICT ON UPDATE CASCADE;

