import {
  personalIdentityNumberOf,
  searchTermsOf,
  type PatientSearch,
  type PersonIdentity,
} from '@carechain/domain';
import type { SqlTransaction } from '../care-event-store/sql-transaction';
import type { PrismaClient } from '../prisma';
import { blindIndexOf, newDataKey, open, seal, type IdentityKeys } from './identity-sealing';

/** An identity as a record system tells it; the personal identity number may be written any way. */
export interface ToldIdentity {
  familyName: string;
  givenNames: string;
  personalIdentityNumber?: string | null;
}

/** What is wrong with a told identity: the field and why, never its value. */
export interface IdentityProblem {
  path: string;
  message: string;
}

const longestName = 200;

// Prisma's Bytes are plain Uint8Arrays over their own ArrayBuffer.
const bytes = (buffer: Buffer) => new Uint8Array(buffer);

/**
 * The patient identity register: who each pseudonymous patient is, sealed at rest and found through
 * a blind index. Written by the intake channels directly, never through the event stream; read only
 * by the gateway's patient-records door, which decides access and audits.
 */
export class PatientIdentityRegister {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly keys: IdentityKeys,
  ) {}

  /** The problems with a told identity, if any; the same checks `record` makes. */
  problemsOf(told: ToldIdentity): IdentityProblem[] {
    return checked(told).problems;
  }

  /**
   * Keeps the identity, replacing what the register held for the patient, inside `db` when it is a
   * transaction of the caller's. Refused with the problems, naming fields and never their values.
   */
  async record(
    patientId: string,
    told: ToldIdentity,
    source: string,
    db: SqlTransaction = this.prisma,
  ): Promise<IdentityProblem[]> {
    const [problems] = await this.recordMany([{ patientId, told, source }], db);
    return problems;
  }

  /**
   * `record` for many identities in one statement (which, outside a transaction, is its own), each
   * answered with its problems in the order given. Of several for one patient the last is kept, as
   * if recorded one after the other.
   */
  async recordMany(
    entries: { patientId: string; told: ToldIdentity; source: string }[],
    db: SqlTransaction = this.prisma,
  ): Promise<IdentityProblem[][]> {
    const checks = entries.map((entry) => checked(entry.told));
    const latest = new Map<string, { patientId: string; source: string; identity: PersonIdentity }>();
    entries.forEach(({ patientId, source }, i) => {
      const { identity } = checks[i];
      if (!identity) return;
      latest.delete(patientId);
      latest.set(patientId, { patientId, source, identity });
    });
    if (latest.size) await this.replace([...latest.values()], db);
    return checks.map((check) => check.problems);
  }

  /**
   * The patients whose last valid identity among `entries` is what the register holds already, told
   * by the same source: recording theirs would change nothing. One read, outside any transaction:
   * a writer that changes one meanwhile simply comes after.
   */
  async heldAsTold(
    entries: { patientId: string; told: ToldIdentity; source: string }[],
    db: SqlTransaction = this.prisma,
  ): Promise<Set<string>> {
    const last = new Map<string, string>();
    for (const { patientId, told, source } of entries) {
      const { identity } = checked(told);
      if (identity) last.set(patientId, `${source}\n${JSON.stringify(identity)}`);
    }
    if (!last.size) return new Set();
    const rows = await db.$queryRaw<
      { patient_id: string; sealed_key: Uint8Array; sealed: Uint8Array; source: string }[]
    >`SELECT patient_id, sealed_key, sealed, source FROM patient_identity WHERE patient_id = ANY(${[...last.keys()]}::text[])`;
    return new Set(
      rows
        .filter((row) => {
          const key = open(this.keys.sealing, Buffer.from(row.sealed_key), row.patient_id);
          const plain = open(key, Buffer.from(row.sealed), row.patient_id).toString('utf8');
          return last.get(row.patient_id) === `${row.source}\n${plain}`;
        })
        .map((row) => row.patient_id),
    );
  }

  /**
   * Replaces the identities and their terms in one statement. Rows in patient order, so two writers
   * of the same patients never wait on each other in a circle; terms that stay are left in place.
   */
  private replace(
    identities: { patientId: string; source: string; identity: PersonIdentity }[],
    db: SqlTransaction,
  ) {
    const hex = (buffer: Buffer) => buffer.toString('hex');
    const rows = identities
      .sort((a, b) => (a.patientId < b.patientId ? -1 : a.patientId > b.patientId ? 1 : 0))
      .map(({ patientId, source, identity }) => {
        const { key, sealedKey } = newDataKey(this.keys, patientId);
        const sealed = seal(key, Buffer.from(JSON.stringify(identity), 'utf8'), patientId);
        return { patientId, source, sealedKey: hex(sealedKey), sealed: hex(sealed) };
      });
    const terms = identities.flatMap(({ patientId, identity }) =>
      searchTermsOf(identity).map((term) => ({ patientId, term: hex(blindIndexOf(this.keys, term)) })),
    );
    return db.$executeRaw`
      WITH told AS (
        SELECT patient_id, decode(sealed_key, 'hex') AS sealed_key, decode(sealed, 'hex') AS sealed, source
        FROM unnest(${rows.map((r) => r.patientId)}::text[], ${rows.map((r) => r.sealedKey)}::text[],
                    ${rows.map((r) => r.sealed)}::text[], ${rows.map((r) => r.source)}::text[])
             AS t(patient_id, sealed_key, sealed, source)
      ), kept AS (
        INSERT INTO patient_identity (patient_id, sealed_key, sealed, source, updated_at)
        SELECT patient_id, sealed_key, sealed, source, now() FROM told
        ON CONFLICT (patient_id) DO UPDATE
          SET sealed_key = excluded.sealed_key, sealed = excluded.sealed, source = excluded.source,
              updated_at = excluded.updated_at
        RETURNING patient_id
      ), terms AS (
        SELECT patient_id, decode(term, 'hex') AS term
        FROM unnest(${terms.map((t) => t.patientId)}::text[], ${terms.map((t) => t.term)}::text[])
             AS t(patient_id, term)
      ), stale AS (
        DELETE FROM patient_identity_term held USING told
        WHERE held.patient_id = told.patient_id
          AND NOT EXISTS (SELECT 1 FROM terms WHERE terms.patient_id = held.patient_id AND terms.term = held.term)
      )
      INSERT INTO patient_identity_term (term, patient_id)
      SELECT terms.term, terms.patient_id FROM terms JOIN kept USING (patient_id)
      ON CONFLICT DO NOTHING`;
  }

  /** The identities the register holds of these patients; the door decides who may call this. */
  async read(patientIds: string[]): Promise<Map<string, PersonIdentity>> {
    if (!patientIds.length) return new Map();
    const rows = await this.prisma.patientIdentity.findMany({ where: { patientId: { in: patientIds } } });
    return new Map(
      rows.map((row) => {
        const key = open(this.keys.sealing, Buffer.from(row.sealedKey), row.patientId);
        const plain = open(key, Buffer.from(row.sealed), row.patientId).toString('utf8');
        return [row.patientId, JSON.parse(plain) as PersonIdentity];
      }),
    );
  }

  /** The patients whose identity matches every term of the search. */
  async find(search: Extract<PatientSearch, { ok: true }>): Promise<string[]> {
    const terms = search.terms.map((term) => bytes(blindIndexOf(this.keys, term)));
    const matches = await this.prisma.patientIdentityTerm.groupBy({
      by: ['patientId'],
      where: { term: { in: terms } },
      having: { term: { _count: { equals: terms.length } } },
    });
    return matches.map((m) => m.patientId);
  }
}

function checked(told: ToldIdentity): { identity?: PersonIdentity; problems: IdentityProblem[] } {
  const problems: IdentityProblem[] = [];
  const name = (path: 'familyName' | 'givenNames') => {
    const value = typeof told[path] === 'string' ? told[path].trim().replace(/\s+/g, ' ') : '';
    if (value.length > longestName)
      problems.push({ path, message: `must be at most ${longestName} characters` });
    return value;
  };
  const familyName = name('familyName');
  const givenNames = name('givenNames');
  if (!familyName && !givenNames)
    problems.push({ path: 'familyName', message: 'a family name or given names are required' });
  let personalIdentityNumber: string | null = null;
  if (told.personalIdentityNumber) {
    const reading = personalIdentityNumberOf(told.personalIdentityNumber, new Date());
    if (reading.ok) personalIdentityNumber = reading.digits;
    else problems.push({ path: 'personalIdentityNumber', message: reading.problem });
  }
  return problems.length
    ? { problems }
    : { identity: { familyName, givenNames, personalIdentityNumber }, problems };
}
