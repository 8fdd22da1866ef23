import {
  personalIdentityNumberOf,
  searchTermsOf,
  type PatientSearch,
  type PersonIdentity,
} from '@carechain/domain';
import { LRUCache } from 'lru-cache';
import type { WrittenBeside } from '../care-event-store/care-event-store';
import type { SqlTransaction } from '../care-event-store/sql-transaction';
import type { PrismaClient } from '../prisma';
import { blindIndexOf, newDataKey, open, seal, toldDigestOf, type IdentityKeys } from './identity-sealing';

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
// Identities sealed lately, by digest: a stay's later messages repeat its patient's identity.
const sealedKept = 2_000;

type ToldEntry = { patientId: string; told: ToldIdentity; source: string };

interface SealedIdentity {
  digest: string;
  sealedKey: string;
  sealed: string;
  /** The blind index terms, each 32 hex digits (a uuid to PostgreSQL), joined by commas. */
  terms: string;
}

/** A blind index term as the uuid the register keeps it as. */
const uuidOf = (term: Buffer) => {
  const hex = term.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/**
 * The patient identity register: who each pseudonymous patient is, sealed at rest and found through
 * a blind index. Written by the intake channels directly, never through the event stream; read only
 * by the gateway's patient-records door, which decides access and audits.
 */
export class PatientIdentityRegister {
  private readonly sealedRecently = new LRUCache<string, SealedIdentity>({ max: sealedKept });

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
   * if recorded one after the other; one the register holds as told by the same source already is
   * not written again.
   */
  async recordMany(entries: ToldEntry[], db: SqlTransaction = this.prisma): Promise<IdentityProblem[][]> {
    const { problems, written } = this.recordedWith(entries.map((entry) => ({ ...entry, events: 0 })));
    if (written) {
      const values: unknown[] = [];
      const ctes = written((value) => `$${values.push(value)}`);
      await db.$executeRawUnsafe(`WITH ${ctes} SELECT 1`, ...values);
    }
    return problems;
  }

  /**
   * `recordMany` inside a statement that appends events (CareEventStore.appendInOneStatement): an
   * identity is kept only when every event of its message, the `events` from ordinal `firstEvent`,
   * was stored by that statement. An identity the register holds as told by the same source already
   * is not written again. No identity to write, no `written`.
   */
  recordedWith(entries: (ToldEntry & { firstEvent?: number; events: number })[]): {
    problems: IdentityProblem[][];
    written?: WrittenBeside;
  } {
    const checks = entries.map((entry) => checked(entry.told));
    const told = entries.flatMap((entry, i) => {
      const { identity } = checks[i];
      return identity ? [{ ...entry, ...this.sealedOf(entry.patientId, entry.source, identity) }] : [];
    });
    const problems = checks.map((check) => check.problems);
    if (!told.length) return { problems };
    return { problems, written: (param) => identityWrites(param, told) };
  }

  /**
   * An identity sealed, with its digest and blind index terms, as hex; sealed once for repeats,
   * which are known by their keyed digest so that no identity in plain text is kept as a cache key.
   */
  private sealedOf(patientId: string, source: string, identity: PersonIdentity): SealedIdentity {
    const plain = JSON.stringify(identity);
    const digest = toldDigestOf(this.keys, patientId, source, plain).toString('hex');
    const known = this.sealedRecently.get(digest);
    if (known) return known;
    const { key, sealedKey } = newDataKey(this.keys, patientId);
    const sealed: SealedIdentity = {
      digest,
      sealedKey: sealedKey.toString('hex'),
      sealed: seal(key, Buffer.from(plain, 'utf8'), patientId).toString('hex'),
      terms: searchTermsOf(identity)
        .map((term) => blindIndexOf(this.keys, term).toString('hex'))
        .join(','),
    };
    this.sealedRecently.set(digest, sealed);
    return sealed;
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
    const terms = search.terms.map((term) => uuidOf(blindIndexOf(this.keys, term)));
    const matches = await this.prisma.patientIdentity.findMany({
      where: { terms: { hasEvery: terms } },
      select: { patientId: true },
    });
    return matches.map((m) => m.patientId);
  }
}

/**
 * The CTEs that write told identities: of several for one patient the last whose message was stored
 * whole, unless the register holds it as told already. Rows in patient order, so two writers of the
 * same patients never wait on each other in a circle.
 */
function identityWrites(
  param: (value: unknown) => string,
  told: (SealedIdentity & { patientId: string; source: string; firstEvent?: number; events: number })[],
): string {
  // Only with events is there an append's `e` and `stored` to look at. The messages stored whole
  // are counted in one join, not by a subquery per message that scanned the group's events again.
  const withEvents = told.some((t) => t.events);
  return `told AS (
      SELECT * FROM unnest(${param(told.map((t) => t.patientId))}::text[], ${param(told.map((t) => t.digest))}::text[],
                           ${param(told.map((t) => t.sealedKey))}::text[], ${param(told.map((t) => t.sealed))}::text[],
                           ${param(told.map((t) => t.source))}::text[], ${param(told.map((t) => t.terms))}::text[],
                           ${param(told.map((t) => t.firstEvent ?? 0))}::int[], ${param(told.map((t) => t.events))}::int[])
           WITH ORDINALITY AS t(patient_id, digest, sealed_key, sealed, source, terms, first_event, events, at)
    ), ${
      withEvents
        ? `stored_whole AS (
      SELECT t.at FROM told t
      JOIN e ON e.position >= t.first_event AND e.position < t.first_event + t.events
      JOIN stored s USING (event_id, idempotency_key)
      GROUP BY t.at, t.events HAVING count(*) = t.events
    ), `
        : ''
    }last_told AS (
      SELECT DISTINCT ON (patient_id) * FROM told t
      ${withEvents ? 'WHERE t.events = 0 OR t.at IN (SELECT at FROM stored_whole)' : ''}
      ORDER BY patient_id, at DESC
    ), changed AS (
      SELECT * FROM last_told t
      WHERE NOT EXISTS (SELECT 1 FROM patient_identity held
                        WHERE held.patient_id = t.patient_id AND held.told_digest = decode(t.digest, 'hex'))
    ), kept AS (
      INSERT INTO patient_identity (patient_id, sealed_key, sealed, source, told_digest, terms, updated_at)
      SELECT patient_id, decode(sealed_key, 'hex'), decode(sealed, 'hex'), source, decode(digest, 'hex'),
             string_to_array(terms, ',')::uuid[], now()
      FROM changed ORDER BY patient_id
      ON CONFLICT (patient_id) DO UPDATE
        SET sealed_key = excluded.sealed_key, sealed = excluded.sealed, source = excluded.source,
            told_digest = excluded.told_digest, terms = excluded.terms, updated_at = excluded.updated_at
    )`;
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
