import { Inject, Injectable } from '@nestjs/common';
import {
  careEventEnvelope,
  idempotencyKeyOf,
  validateCareEvent,
  validatePayload,
  type CareEventType,
} from '@carechain/contracts';
import type { DecidedEvent, Decision } from '@carechain/domain';
import {
  CareEventStore,
  InjectPrisma,
  type PrismaClient,
  type TransactionClient,
} from '@carechain/persistence';
import type { Caller } from '../access/caller';
import { badInput } from '../client-errors';
import { problemsError, refusalError } from './refusals';

const SYSTEM = 'carechain-gateway';
// Commands of one patient wait for each other's lock; a busy machine must not turn that into an error.
const COMMAND_TRANSACTION = { maxWait: 10_000, timeout: 20_000 };

/** A staff command: whose it is, what makes a retry the same command, and how it is decided. */
export interface StaffCommand<E extends DecidedEvent<CommandEventType>> {
  caller: Caller;
  patientId: string;
  /** What makes a resubmission the same command, e.g. ['medicine-list', requestId]. */
  sameEventWhen: readonly string[];
  occurredAt?: Date;
  /** Loads the state the command is decided against and decides; asked again after losing a race. */
  decide(db: TransactionClient): Promise<Decision<E>>;
}

export interface CommandOutcome {
  status: 'accepted' | 'duplicate';
  eventId: string;
  sequence: number;
  recordedAt: Date;
}

/** The contract's schema version each command's event is written in. */
const writtenIn = {
  MedicationListChanged: 1,
  CarePlanUpdated: 2,
  DischargeDelayCauseRecorded: 1,
  MedicallyReadyForDischarge: 1,
  MedicallyReadyWithdrawn: 1,
  PlanningMeetingCalled: 1,
  ConsentRecorded: 1,
} as const satisfies Partial<Record<CareEventType, number>>;
type CommandEventType = keyof typeof writtenIn;

/**
 * What the sender proposes, checked against the contract before anything is decided, so every
 * problem with its shape is named at once, by its path in the mutation's input.
 */
export function proposed<T extends CommandEventType>(type: T, payload: object) {
  const checked = validatePayload(type, writtenIn[type], payload);
  if (!checked.ok) throw problemsError(checked.problems);
  return checked.payload;
}

/**
 * Carries out staff commands: a retry is answered with its first result; otherwise the command is
 * decided in the domain against the state as stored, and its events are appended with the version
 * they were decided from. When another writer got there first, the command is decided again
 * against the newer state, so the refusal says what changed.
 */
@Injectable()
export class CareCommands {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    @Inject(CareEventStore) private readonly store: CareEventStore,
  ) {}

  async carryOut<E extends DecidedEvent<CommandEventType>>(
    command: StaffCommand<E>,
  ): Promise<CommandOutcome> {
    const idempotencyKey = idempotencyKeyOf(SYSTEM, [command.caller.careLinkId, ...command.sameEventWhen]);
    const retried = await this.prisma.careEvent.findUnique({ where: { idempotencyKey } });
    if (retried) return { status: 'duplicate', ...storedOf(retried) };
    // One staff command per patient at a time: each is decided against what the one before it stored.
    const outcome = await this.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`staff-command:${command.patientId}`}))`;
      const decision = await command.decide(tx);
      if (!decision.ok) throw refusalError(decision.refusal);
      // Each staff command decides one event; commands that may decide none are not carried out here.
      const [event] = decision.events;
      const [appended] = await this.store.appendExpectingIn(tx, [this.envelopeOf(command, event)]);
      return appended;
    }, COMMAND_TRANSACTION);
    if (outcome.status === 'rejected') throw problemsError(outcome.problems);
    if (outcome.status !== 'conflict') return { ...outcome, recordedAt: new Date(outcome.recordedAt) };
    if (!outcome.path) throw badInput('input.requestId', outcome.message);
    const again = await command.decide(this.prisma);
    if (!again.ok) throw refusalError(again.refusal);
    throw refusalError({
      kind: 'conflict',
      field: outcome.path.replace(/^payload\./, ''),
      message: outcome.message.replace(/^\S+: /, ''),
    });
  }

  private envelopeOf<E extends DecidedEvent<CommandEventType>>(command: StaffCommand<E>, event: E) {
    const checked = validateCareEvent(
      careEventEnvelope({
        type: event.type,
        schemaVersion: writtenIn[event.type],
        patientId: command.patientId,
        occurredAt: command.occurredAt ?? new Date(),
        source: { system: SYSTEM, careLinkId: command.caller.careLinkId },
        sameEventWhen: [command.caller.careLinkId, ...command.sameEventWhen],
        payload: { ...event.payload },
      }),
    );
    if (!checked.ok) throw problemsError(checked.problems);
    return checked.event;
  }
}

const storedOf = (row: { eventId: string; sequence: bigint; recordedAt: Date }) => ({
  eventId: row.eventId,
  sequence: Number(row.sequence),
  recordedAt: row.recordedAt,
});
