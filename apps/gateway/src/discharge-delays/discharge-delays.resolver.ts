import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { validateCareEvent } from '@carechain/contracts';
import { CareEventStore, InjectPrisma, type PrismaClient } from '@carechain/persistence';
import { CurrentCaller, type Caller } from '../access/caller';
import { badInput, checkPatientId } from '../client-errors';
import { problemsError } from '../medicine-lists/serialised-append';
import { PatientRecords } from '../patient-records/patient-records';
import { RecordAccess } from '../patient-records/record-access';
import { DischargeDelayCauseInput, DischargeDelayCauseRecord } from './discharge-delay.model';

/** Staff record why a ready patient is still in hospital; each record is a care event, so history is kept. */
@Resolver()
export class DischargeDelaysResolver {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    @Inject(CareEventStore) private readonly store: CareEventStore,
    private readonly access: RecordAccess,
    private readonly records: PatientRecords,
  ) {}

  @Mutation(() => DischargeDelayCauseRecord, {
    description: "Records the cause of a medically ready patient's delayed discharge.",
  })
  async recordDischargeDelayCause(
    @Args('input') input: DischargeDelayCauseInput,
    @CurrentCaller() caller: Caller,
  ): Promise<DischargeDelayCauseRecord> {
    checkPatientId('input.patientId', input.patientId);
    await this.access.require(caller, 'dischargeDelay.record', input.patientId, 'record dischargeDelayCause');
    const stay = await this.prisma.stay.findUnique({
      where: { patientId_stayId: { patientId: input.patientId, stayId: input.stayId } },
      select: { dischargedAt: true },
    });
    if (!stay) throw badInput('input.stayId', `no stay '${input.stayId}' of this patient`);
    if (stay.dischargedAt)
      throw badInput('input.stayId', 'the stay has ended; a discharged patient has no delay to explain');

    const now = new Date().toISOString();
    const from = input.from?.toISOString() ?? now;
    const checked = validateCareEvent({
      eventId: randomUUID(),
      ...(input.requestId ? { idempotencyKey: `gateway:${caller.careLinkId}:${input.requestId}` } : {}),
      type: 'DischargeDelayCauseRecorded',
      schemaVersion: 1,
      patientId: input.patientId,
      occurredAt: from,
      source: { system: 'carechain-gateway', careLinkId: caller.careLinkId },
      payload: {
        stayId: input.stayId,
        cause: input.cause,
        from,
        ...(input.note ? { note: input.note } : {}),
      },
    });
    if (!checked.ok) {
      throw problemsError(checked.problems);
    }
    const [outcome] = await this.store.append([checked.event]);
    if (outcome.status === 'conflict') throw badInput('input.requestId', outcome.message);
    return {
      eventId: outcome.eventId,
      stayId: input.stayId,
      cause: input.cause,
      from: new Date(from),
      note: input.note ?? null,
      recordedAt: new Date(outcome.recordedAt),
      recordedByCareLinkId: caller.careLinkId,
    };
  }

  @Query(() => [DischargeDelayCauseRecord], {
    description: 'Every cause recorded for a stay, in the order they apply.',
  })
  dischargeDelayCauses(
    @Args('patientId', { type: () => ID }) patientId: string,
    @Args('stayId', { type: () => ID }) stayId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<DischargeDelayCauseRecord[]> {
    checkPatientId('patientId', patientId);
    return this.records.dischargeDelayCauses(caller, patientId, stayId);
  }
}
