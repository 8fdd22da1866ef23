import {
  personalIdentityNumberOf,
  searchTermsOf,
  type PatientSearch,
  type PersonIdentity,
} from '@carechain/domain';
import type { PrismaClient, TransactionClient } from '../prisma';
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
    db: PrismaClient | TransactionClient = this.prisma,
  ): Promise<IdentityProblem[]> {
    const { identity, problems } = checked(told);
    if (!identity) return problems;
    const { key, sealedKey: keyBytes } = newDataKey(this.keys, patientId);
    const sealedKey = bytes(keyBytes);
    const sealed = bytes(seal(key, Buffer.from(JSON.stringify(identity), 'utf8'), patientId));
    const terms = searchTermsOf(identity).map((term) => ({
      patientId,
      term: bytes(blindIndexOf(this.keys, term)),
    }));
    const write = async (tx: TransactionClient) => {
      await tx.patientIdentity.upsert({
        where: { patientId },
        create: { patientId, sealedKey, sealed, source },
        update: { sealedKey, sealed, source },
      });
      await tx.patientIdentityTerm.deleteMany({ where: { patientId } });
      await tx.patientIdentityTerm.createMany({ data: terms });
    };
    if ('$transaction' in db) await db.$transaction(write);
    else await write(db);
    return [];
  }

  /**
   * `record` for many patients in one transaction and one statement per table, the problems of each
   * entry at its place; of two entries for one patient the later is kept.
   */
  async recordMany(
    entries: { patientId: string; told: ToldIdentity; source: string }[],
    db: PrismaClient | TransactionClient = this.prisma,
  ): Promise<IdentityProblem[][]> {
    const reviewed = entries.map((entry) => ({ ...entry, ...checked(entry.told) }));
    const latest = new Map(
      reviewed.flatMap(({ patientId, identity, source }) =>
        identity ? [[patientId, { identity, source }] as const] : [],
      ),
    );
    if (latest.size) {
      const rows = [...latest].map(([patientId, { identity, source }]) => {
        const { key, sealedKey } = newDataKey(this.keys, patientId);
        const sealed = seal(key, Buffer.from(JSON.stringify(identity), 'utf8'), patientId);
        return { patientId, source, sealedKey: sealedKey.toString('hex'), sealed: sealed.toString('hex') };
      });
      const terms = [...latest].flatMap(([patientId, { identity }]) =>
        searchTermsOf(identity).map((term) => ({
          patientId,
          term: blindIndexOf(this.keys, term).toString('hex'),
        })),
      );
      const ids = rows.map((r) => r.patientId);
      const write = async (tx: TransactionClient) => {
        await tx.$executeRaw`
          INSERT INTO patient_identity (patient_id, sealed_key, sealed, source, updated_at)
          SELECT r.patient_id, decode(r.sealed_key, 'hex'), decode(r.sealed, 'hex'), r.source, now()
          FROM unnest(${ids}::text[], ${rows.map((r) => r.sealedKey)}::text[], ${rows.map((r) => r.sealed)}::text[],
                      ${rows.map((r) => r.source)}::text[]) AS r(patient_id, sealed_key, sealed, source)
          ON CONFLICT (patient_id) DO UPDATE
          SET sealed_key = EXCLUDED.sealed_key, sealed = EXCLUDED.sealed, source = EXCLUDED.source,
              updated_at = EXCLUDED.updated_at`;
        await tx.$executeRaw`DELETE FROM patient_identity_term WHERE patient_id = ANY(${ids}::text[])`;
        if (terms.length)
          await tx.$executeRaw`
            INSERT INTO patient_identity_term (term, patient_id)
            SELECT decode(t.term, 'hex'), t.patient_id
            FROM unnest(${terms.map((t) => t.term)}::text[], ${terms.map((t) => t.patientId)}::text[]) AS t(term, patient_id)`;
      };
      if ('$transaction' in db) await db.$transaction(write);
      else await write(db);
    }
    return reviewed.map((entry) => entry.problems);
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
