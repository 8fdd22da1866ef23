-- The services work through carechain_services, a role without login that owns nothing: the
-- deployment's login role for them is made a member (see tools/platform/service-login.ts). The
-- tables stay with the role that runs the migrations, so only that role can truncate, alter, drop
-- or disable the triggers of the audit trail; the services may add to it and read it, no more.
-- Roles are cluster-wide: created only when missing, so every database of a server can migrate.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'carechain_services') THEN
    CREATE ROLE carechain_services NOLOGIN;
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO carechain_services;
REVOKE CREATE ON SCHEMA public FROM carechain_services;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO carechain_services;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO carechain_services;
-- Tables later migrations create get the same grants without each migration naming the role.
ALTER DEFAULT PRIVILEGES IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO carechain_services;
ALTER DEFAULT PRIVILEGES IN SCHEMA public
  GRANT USAGE, SELECT ON SEQUENCES TO carechain_services;

-- Who read which patient's data: written by the gateway, read by a coordinator's access-log query.
REVOKE ALL ON TABLE "access_audit" FROM carechain_services;
GRANT SELECT, INSERT ON TABLE "access_audit" TO carechain_services;

-- Migration history is the migrating role's alone.
REVOKE ALL ON TABLE "_prisma_migrations" FROM carechain_services;
