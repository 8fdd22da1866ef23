import { Client } from 'pg';
import { asServiceRole, careEvents, eventually, uniquePatientId } from '@carechain/testing';
import { JOURNEY_QUERY, RunningPlatform, type JourneyView } from './running-platform';

/** Runs `sql` as `url`'s role and returns PostgreSQL's refusal, or undefined when it was allowed. */
async function refusalOf(url: string, sql: string): Promise<{ code: string; message: string } | undefined> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
    return undefined;
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return { code, message };
  } finally {
    await client.end();
  }
}

async function queryAs<T>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}

const INSUFFICIENT_PRIVILEGE = '42501';

describe('a compromised service cannot erase who read which patient: the audit trail is out of its reach', () => {
  let platform: RunningPlatform;
  let services: string;
  const esther = uniquePatientId();

  beforeAll(async () => {
    platform = await RunningPlatform.start();
    services = await asServiceRole(platform.db.url);
    await platform.submit(careEvents.admitted(esther, '2026-11-23T07:40:00+01:00', 'ryhov-med-3'));
    // A ward nurse reads Esther's journey: the gateway, as the services' role, writes the audit row.
    await eventually(
      async () =>
        (await platform.graphql<JourneyView>(JOURNEY_QUERY, { patientId: esther }, 'ryhov-med-3')).data
          ?.patientJourney ?? undefined,
      "Esther's journey",
    );
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it.each([
    ['to TRUNCATE', 'TRUNCATE access_audit'],
    ['to DELETE from', 'DELETE FROM access_audit'],
    ['to UPDATE', "UPDATE access_audit SET reason = 'nothing to see'"],
    [
      'to disable the append-only trigger of',
      'ALTER TABLE access_audit DISABLE TRIGGER access_audit_append_only',
    ],
    ['to disable every trigger of', 'ALTER TABLE access_audit DISABLE TRIGGER ALL'],
    ['to DROP', 'DROP TABLE access_audit'],
    ['to take over', 'ALTER TABLE access_audit OWNER TO CURRENT_USER'],
  ])('refuses the services’ role %s the audit trail', async (_, sql) => {
    const refusal = await refusalOf(services, sql);
    expect(refusal).toEqual({
      code: INSUFFICIENT_PRIVILEGE,
      message: expect.stringContaining('access_audit'),
    });
    const rows = await queryAs<{ reason: string }>(
      platform.db.url,
      'SELECT reason FROM access_audit WHERE patient_id = $1',
      [esther],
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.reason !== 'nothing to see')).toBe(true);
  });

  it('lets the services’ role add to the audit trail and read it (the coordinator’s access log)', async () => {
    expect(
      await refusalOf(
        services,
        `INSERT INTO access_audit (actor_id, care_link_id, patient_id, action, allowed, reason)
         VALUES ('nurse-e2e', 'ryhov-med-3', '${esther}', 'read test', true, 'care relationship')`,
      ),
    ).toBeUndefined();
    const rows = await queryAs<{ action: string }>(
      services,
      'SELECT action FROM access_audit WHERE patient_id = $1',
      [esther],
    );
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['read patientJourney', 'read test']));
  });

  it('gives the services’ role nothing it owns, no superuser powers and no place to create tables', async () => {
    const [role] = await queryAs<{ superuser: boolean; owns: number }>(
      services,
      `SELECT rolsuper AS superuser,
              (SELECT count(*)::int FROM pg_class WHERE relowner = pg_roles.oid) AS owns
         FROM pg_roles WHERE rolname = current_user`,
    );
    expect(role).toEqual({ superuser: false, owns: 0 });
    expect((await refusalOf(services, 'CREATE TABLE public.escape_hatch (id int)'))?.code).toBe(
      INSUFFICIENT_PRIVILEGE,
    );
  });

  it('runs the services as that role, so the care chain works through it end to end', async () => {
    const roles = await queryAs<{ usename: string }>(
      platform.db.url,
      `SELECT DISTINCT usename FROM pg_stat_activity
        WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
    );
    expect(roles.map((r) => r.usename)).toEqual(['carechain_service']);
  });

  it('gives tables of later migrations to the services as well (default privileges)', async () => {
    await queryAs(platform.db.url, 'CREATE TABLE later_read_model (id int PRIMARY KEY)');
    expect(await refusalOf(services, 'INSERT INTO later_read_model VALUES (1)')).toBeUndefined();
    expect(await refusalOf(services, 'DELETE FROM later_read_model')).toBeUndefined();
  });
});
