import { validateCareEvent, type ContractProblem } from '@carechain/contracts';
import type {
  AppendOutcome,
  CareEventStore,
  NewCareEvent,
  PrismaClient,
  TransactionClient,
} from '@carechain/persistence';
import { badInput, checkPatientId, conflict as conflictOn, invalidInput } from '../client-errors';

/** GraphQL gives null for what was left out; the contract wants it absent. */
export const withoutNulls = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], null>;
  };

export { badInput, checkPatientId };

/** Every problem at once, each named by its path in the mutation's input. */
export const problemsError = (problems: ContractProblem[]) =>
  invalidInput(
    problems.map((p) => ({ field: `input.${p.path.replace(/^payload\./, '')}`, message: p.message })),
  );

/**
 * The second of two writers working from the same version, told as `field: message`: it must
 * reload and decide again. The field named is the version the writer sent.
 */
export function conflict(named: string) {
  const at = named.indexOf(': ');
  return conflictOn(named.slice(0, at), named.slice(at + 2));
}

/** The contract-checked event, or every problem with it. */
export function validEvent(event: NewCareEvent): NewCareEvent {
  const checked = validateCareEvent(event);
  if (!checked.ok) throw problemsError(checked.problems);
  return checked.event;
}

/**
 * Appends an event decided from what the store holds for the patient, one writer per patient and
 * kind at a time: the lock is held until the append commits, so a writer that read an older version
 * sees the newer one and is told, rather than overwriting it. A retry under the same idempotency
 * key is answered with the first result, whatever has changed since.
 */
export function appendSerialised<S>(
  prisma: PrismaClient,
  store: CareEventStore,
  lock: { kind: string; patientId: string; idempotencyKey: string },
  read: (tx: TransactionClient) => Promise<S>,
  decide: (state: S) => NewCareEvent,
): Promise<AppendOutcome & { status: 'accepted' | 'duplicate' }> {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${lock.kind}:${lock.patientId}`}))`;
    const retried = await tx.careEvent.findUnique({ where: { idempotencyKey: lock.idempotencyKey } });
    if (retried) {
      return {
        status: 'duplicate',
        eventId: retried.eventId,
        sequence: Number(retried.sequence),
        recordedAt: retried.recordedAt.toISOString(),
      };
    }
    const [outcome] = await store.appendIn(tx, [decide(await read(tx))]);
    if (outcome.status === 'conflict') throw badInput('input.requestId', outcome.message);
    return outcome;
  });
}
