-- CreateTable
CREATE TABLE "ehr_connection_setting" (
    "connection_id" TEXT NOT NULL,
    "config" JSONB NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_by" TEXT NOT NULL,

    CONSTRAINT "ehr_connection_setting_pkey" PRIMARY KEY ("connection_id")
);

-- CreateTable
CREATE TABLE "ehr_connection_change" (
    "id" BIGSERIAL NOT NULL,
    "connection_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "actor_id" TEXT NOT NULL,
    "roles" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "care_link_id" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ehr_connection_change_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ehr_connection_change_connection_id_at_idx" ON "ehr_connection_change"("connection_id", "at");

-- AddForeignKey
ALTER TABLE "ehr_connection_change" ADD CONSTRAINT "ehr_connection_change_connection_id_fkey" FOREIGN KEY ("connection_id") REFERENCES "ehr_connection_setting"("connection_id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Every committed change of a connection reaches the FHIR adapters at once; they re-read the table.
CREATE FUNCTION "notify_ehr_connection_setting"() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('ehr_connection_settings', to_json(NEW."connection_id")::text);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ehr_connection_setting_changed"
  AFTER INSERT OR UPDATE ON "ehr_connection_setting"
  FOR EACH ROW EXECUTE FUNCTION "notify_ehr_connection_setting"();

-- Who changed a connection is kept, not rewritten: the services may add to it only.
REVOKE UPDATE, DELETE ON TABLE "ehr_connection_change" FROM carechain_services;
