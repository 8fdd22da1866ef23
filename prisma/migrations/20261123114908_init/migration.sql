-- CreateTable
CREATE TABLE "care_event" (
    "event_id" UUID NOT NULL,
    "sequence" BIGSERIAL NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "schema_version" INTEGER NOT NULL,
    "patient_id" TEXT NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "source_system" TEXT NOT NULL,
    "care_link_id" TEXT NOT NULL,
    "correlation_id" TEXT,
    "payload" JSONB NOT NULL,

    CONSTRAINT "care_event_pkey" PRIMARY KEY ("event_id")
);

-- CreateTable
CREATE TABLE "outbox_message" (
    "id" BIGSERIAL NOT NULL,
    "event_id" UUID NOT NULL,
    "topic" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "headers" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,

    CONSTRAINT "outbox_message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "processed_event" (
    "consumer" TEXT NOT NULL,
    "event_id" UUID NOT NULL,
    "processed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "processed_event_pkey" PRIMARY KEY ("consumer","event_id")
);

-- CreateTable
CREATE TABLE "journey_entry" (
    "event_id" UUID NOT NULL,
    "patient_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,
    "sequence" BIGINT NOT NULL,
    "source_system" TEXT NOT NULL,
    "care_link_id" TEXT NOT NULL,
    "stay_id" TEXT,
    "summary" TEXT NOT NULL,
    "payload" JSONB NOT NULL,

    CONSTRAINT "journey_entry_pkey" PRIMARY KEY ("event_id")
);

-- CreateTable
CREATE TABLE "patient_journey" (
    "patient_id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "stay_id" TEXT,
    "ward_care_link_id" TEXT,
    "admitted_at" TIMESTAMPTZ(3),
    "medically_ready_since" TIMESTAMPTZ(3),
    "discharged_at" TIMESTAMPTZ(3),
    "care_link_ids" TEXT[],
    "event_count" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "patient_journey_pkey" PRIMARY KEY ("patient_id")
);

-- CreateTable
CREATE TABLE "access_audit" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" TEXT NOT NULL,
    "care_link_id" TEXT NOT NULL,
    "patient_id" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "allowed" BOOLEAN NOT NULL,
    "reason" TEXT NOT NULL,

    CONSTRAINT "access_audit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "care_event_sequence_key" ON "care_event"("sequence");

-- CreateIndex
CREATE UNIQUE INDEX "care_event_idempotency_key_key" ON "care_event"("idempotency_key");

-- CreateIndex
CREATE INDEX "care_event_patient_id_sequence_idx" ON "care_event"("patient_id", "sequence");

-- CreateIndex
CREATE INDEX "outbox_message_sent_at_id_idx" ON "outbox_message"("sent_at", "id");

-- CreateIndex
CREATE INDEX "journey_entry_patient_id_occurred_at_idx" ON "journey_entry"("patient_id", "occurred_at");

-- CreateIndex
CREATE INDEX "access_audit_patient_id_at_idx" ON "access_audit"("patient_id", "at");

-- AddForeignKey
ALTER TABLE "outbox_message" ADD CONSTRAINT "outbox_message_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "care_event"("event_id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- The event store and the audit trail are append-only: history is corrected by new events, never edited.
CREATE FUNCTION carechain_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END
$$;
CREATE TRIGGER care_event_append_only BEFORE UPDATE OR DELETE ON "care_event"
  FOR EACH ROW EXECUTE FUNCTION carechain_refuse_change();
CREATE TRIGGER access_audit_append_only BEFORE UPDATE OR DELETE ON "access_audit"
  FOR EACH ROW EXECUTE FUNCTION carechain_refuse_change();

-- Wakes the outbox relay as soon as a transaction with new rows commits; polling stays the safety net.
CREATE FUNCTION carechain_notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('carechain_outbox', '');
  RETURN NULL;
END
$$;
CREATE TRIGGER outbox_message_notify AFTER INSERT ON "outbox_message"
  FOR EACH STATEMENT EXECUTE FUNCTION carechain_notify_outbox();
