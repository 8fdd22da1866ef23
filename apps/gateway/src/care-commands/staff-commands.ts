import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  decideCarePlanSave,
  decideConsent,
  decidePlanningMeetingCall,
  type CallPlanningMeeting,
  type ConsentBasis,
  decideDischargeDelayCause,
  decideMedicallyReady,
  decideMedicineListChange,
  decideReadinessWithdrawn,
  type CarePlanContent,
} from '@carechain/domain';
import { InjectPrisma, type PrismaClient } from '@carechain/persistence';
import type { Caller } from '../access/caller';
import { CareCommands, proposed } from './care-commands.service';
import { CommandState } from './command-state';

/** A retry under the same request id is the same command; without one every command is new. */
const attempt = (requestId: string | null | undefined) => requestId ?? randomUUID();

interface Command {
  patientId: string;
  requestId?: string | null;
}

/** The commands staff give through GraphQL, each decided in the domain and appended with its expected version. */
@Injectable()
export class StaffCommands {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly commands: CareCommands,
    private readonly state: CommandState,
  ) {}

  async changeMedicineList(caller: Caller, input: Command & { listVersion: number; changes: object[] }) {
    const { patientId } = input;
    const change = proposed('MedicationListChanged', {
      listVersion: input.listVersion,
      changes: input.changes,
    });
    const outcome = await this.commands.carryOut({
      caller,
      patientId,
      sameEventWhen: ['medicine-list', attempt(input.requestId)],
      decide: async (db) =>
        decideMedicineListChange(await this.state.medicineListHistory(db, patientId), change),
    });
    // A retry answers with the version its own change made, not the list's version now.
    const listVersion = await this.prisma.careEvent.count({
      where: { patientId, type: 'MedicationListChanged', sequence: { lte: outcome.sequence } },
    });
    return { eventId: outcome.eventId, listVersion, recordedAt: outcome.recordedAt };
  }

  /** Saves a new care-plan version; answers the stored event it made (or made first, on a retry). */
  async saveCarePlan(caller: Caller, input: Command & { baseVersion: number; content: CarePlanContent }) {
    const { patientId, baseVersion } = input;
    const { content } = input;
    const newCarePlanId = `sip-${randomUUID()}`;
    proposed('CarePlanUpdated', { carePlanId: newCarePlanId, version: baseVersion + 1, ...content });
    const outcome = await this.commands.carryOut({
      caller,
      patientId,
      sameEventWhen: ['care-plan', attempt(input.requestId)],
      decide: async (db) =>
        decideCarePlanSave(await this.state.carePlanHead(db, patientId), {
          baseVersion,
          newCarePlanId,
          content,
        }),
    });
    return this.prisma.careEvent.findUniqueOrThrow({ where: { eventId: outcome.eventId } });
  }

  async recordDischargeDelayCause(
    caller: Caller,
    input: Command & { stayId: string; cause: string; from: Date; note?: string | null },
  ) {
    const { patientId, from } = input;
    const { stayId, cause, note } = proposed('DischargeDelayCauseRecorded', {
      stayId: input.stayId,
      cause: input.cause,
      from: from.toISOString(),
      ...(input.note ? { note: input.note } : {}),
    });
    return this.commands.carryOut({
      caller,
      patientId,
      sameEventWhen: ['discharge-delay', attempt(input.requestId)],
      occurredAt: from,
      decide: async (db) =>
        decideDischargeDelayCause(await this.state.stay(db, patientId, stayId), {
          stayId,
          cause,
          from,
          note,
        }),
    });
  }

  async markMedicallyReady(
    caller: Caller,
    input: Command & { stayId: string; readyAt: Date; expectedDestinationCareLinkId?: string | null },
  ) {
    const { patientId, stayId, readyAt } = input;
    const destination = input.expectedDestinationCareLinkId || undefined;
    proposed('MedicallyReadyForDischarge', {
      stayId,
      readyAt: readyAt.toISOString(),
      ...(destination ? { expectedDestinationCareLinkId: destination } : {}),
    });
    return this.commands.carryOut({
      caller,
      patientId,
      sameEventWhen: ['medically-ready', attempt(input.requestId)],
      occurredAt: readyAt,
      decide: async (db) =>
        decideMedicallyReady(await this.state.standing(db, patientId, stayId), {
          stayId,
          readyAt,
          ...(destination ? { expectedDestinationCareLinkId: destination } : {}),
        }),
    });
  }

  async withdrawMedicallyReady(caller: Caller, input: Command & { stayId: string; reason: string }) {
    const { patientId } = input;
    const { stayId, reason } = proposed('MedicallyReadyWithdrawn', {
      stayId: input.stayId,
      reason: input.reason,
    });
    return this.commands.carryOut({
      caller,
      patientId,
      sameEventWhen: ['readiness-withdrawn', attempt(input.requestId)],
      decide: async (db) =>
        decideReadinessWithdrawn(await this.state.standing(db, patientId, stayId), { stayId, reason }),
    });
  }

  async callPlanningMeeting(caller: Caller, input: Command & Omit<CallPlanningMeeting, 'meetingId'>) {
    const { patientId, requestId: _requestId, ...call } = input;
    const meetingId = `meeting-${randomUUID()}`;
    proposed('PlanningMeetingCalled', { ...call, meetingId, at: call.at.toISOString() });
    const outcome = await this.commands.carryOut({
      caller,
      patientId,
      sameEventWhen: ['planning-meeting', attempt(input.requestId)],
      decide: async (db) =>
        decidePlanningMeetingCall(
          await this.state.standing(db, patientId, call.stayId),
          { ...call, meetingId },
          new Date(),
        ),
    });
    const stored = await this.prisma.careEvent.findUniqueOrThrow({ where: { eventId: outcome.eventId } });
    return { ...outcome, meetingId: (stored.payload as { meetingId: string }).meetingId };
  }

  async recordConsent(caller: Caller, input: Command & { basis: ConsentBasis; note?: string | null }) {
    const { patientId } = input;
    const command = { basis: input.basis, ...(input.note ? { note: input.note } : {}) };
    proposed('ConsentRecorded', command);
    return this.commands.carryOut({
      caller,
      patientId,
      sameEventWhen: ['consent', attempt(input.requestId)],
      decide: async () => decideConsent(command),
    });
  }
}
