import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Args, GraphQLISODateTime, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { checkMedicineListChanges, foldMedicineList, type MedicationChange } from '@carechain/domain';
import { CareEventStore, InjectPrisma, type PrismaClient } from '@carechain/persistence';
import { CurrentCaller, type Caller } from '../access/caller';
import { PatientRecords } from '../patient-records/patient-records';
import { RecordAccess } from '../patient-records/record-access';
import { factOf } from './medicine-list-history';
import {
  ChangeMedicineListInput,
  MedicineList,
  MedicineListChanged,
  MedicineListChangeRecord,
  MedicineReconciliation,
} from './medicine-list.model';
import {
  appendSerialised,
  checkPatientId,
  conflict,
  problemsError,
  validEvent,
  withoutNulls,
} from './serialised-append';

/** The list's history, reconciliation between two moments, and changes made by staff against a known version. */
@Resolver()
export class MedicineListChangesResolver {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    @Inject(CareEventStore) private readonly store: CareEventStore,
    private readonly access: RecordAccess,
    private readonly records: PatientRecords,
  ) {}

  @Query(() => MedicineList, {
    nullable: true,
    description: 'The medicine list as it stood at a past moment; null when nothing was listed by then.',
  })
  medicineListAt(
    @Args('patientId', { type: () => ID }) patientId: string,
    @Args('at', { type: () => GraphQLISODateTime }) at: Date,
    @CurrentCaller() caller: Caller,
  ): Promise<MedicineList | null> {
    checkPatientId('patientId', patientId);
    return this.records.medicineListAt(caller, patientId, at);
  }

  @Query(() => [MedicineListChangeRecord], {
    description: 'Changes made to the list from one moment up to another, oldest first.',
  })
  medicineListChanges(
    @Args('patientId', { type: () => ID }) patientId: string,
    @Args('from', { type: () => GraphQLISODateTime }) from: Date,
    @Args('to', { type: () => GraphQLISODateTime }) to: Date,
    @CurrentCaller() caller: Caller,
  ): Promise<MedicineListChangeRecord[]> {
    checkPatientId('patientId', patientId);
    return this.records.medicineListChanges(caller, patientId, from, to);
  }

  @Query(() => MedicineReconciliation, {
    description:
      "What changed between the list at `from` (by default the latest stay's admission) and at `to` (by default now).",
  })
  medicineReconciliation(
    @Args('patientId', { type: () => ID }) patientId: string,
    @Args('from', { type: () => GraphQLISODateTime, nullable: true }) from: Date | null,
    @Args('to', { type: () => GraphQLISODateTime, nullable: true }) to: Date | null,
    @CurrentCaller() caller: Caller,
  ): Promise<MedicineReconciliation> {
    checkPatientId('patientId', patientId);
    return this.records.medicineReconciliation(caller, patientId, from, to);
  }

  @Mutation(() => MedicineListChanged, {
    description:
      'Changes the shared medicine list. Refused with a CONFLICT when the list changed since listVersion, so no change is overwritten unseen.',
  })
  async changeMedicineList(
    @Args('input') input: ChangeMedicineListInput,
    @CurrentCaller() caller: Caller,
  ): Promise<MedicineListChanged> {
    checkPatientId('input.patientId', input.patientId);
    await this.access.require(caller, 'medicineList.change', input.patientId, 'change medicineList');
    const changes = input.changes.map((c) => ({
      ...withoutNulls({
        action: c.action,
        dose: c.dose,
        route: c.route,
        frequency: c.frequency,
        reason: c.reason,
      }),
      medication: withoutNulls({ text: c.medication.text, coding: c.medication.coding?.map(withoutNulls) }),
      changedBy: caller.actorId,
    })) as (MedicationChange & { changedBy: string })[];
    const idempotencyKey = `gateway:${caller.careLinkId}:medicine-list:${input.requestId ?? randomUUID()}`;
    const event = validEvent({
      eventId: randomUUID(),
      idempotencyKey,
      type: 'MedicationListChanged',
      schemaVersion: 1,
      patientId: input.patientId,
      occurredAt: new Date().toISOString(),
      source: { system: 'carechain-gateway', careLinkId: caller.careLinkId },
      payload: { listVersion: input.listVersion, changes },
    });
    const outcome = await appendSerialised(
      this.prisma,
      this.store,
      { kind: 'medicine-list', patientId: input.patientId, idempotencyKey },
      async (tx) =>
        (
          await tx.careEvent.findMany({
            where: { patientId: input.patientId, type: 'MedicationListChanged' },
            orderBy: { sequence: 'asc' },
          })
        ).map(factOf),
      (facts) => {
        if (input.listVersion !== facts.length) {
          const last = facts.at(-1);
          const by = last ? `; ${last.careLinkId} changed it last, at ${last.occurredAt.toISOString()}` : '';
          throw conflict(
            `input.listVersion: the list is at version ${facts.length}, not ${input.listVersion}${by}. Reload the list and make your change against it`,
          );
        }
        const problems = checkMedicineListChanges(foldMedicineList(facts), changes);
        if (problems.length) throw problemsError(problems);
        return event;
      },
    );
    const listVersion = await this.prisma.careEvent.count({
      where: {
        patientId: input.patientId,
        type: 'MedicationListChanged',
        sequence: { lte: outcome.sequence },
      },
    });
    return { eventId: outcome.eventId, listVersion, recordedAt: new Date(outcome.recordedAt) };
  }
}
