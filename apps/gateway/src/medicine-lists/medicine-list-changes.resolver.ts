import { Args, GraphQLISODateTime, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { medicineListAt, reconcileMedicineLists, type MedicationChange } from '@carechain/domain';
import { InjectPrisma, type PrismaClient } from '@carechain/persistence';
import { CurrentCaller, type Caller } from '../access/caller';
import { PatientAccess } from '../access/patient-access';
import { StaffCommands } from '../care-commands/staff-commands';
import { badInput, checkPatientId } from '../input-errors';
import { codingOf, listedOf, MedicineListHistory, reconciliationView } from './medicine-list-history';
import {
  ChangeMedicineListInput,
  MedicineList,
  MedicineListChanged,
  MedicineListChangeRecord,
  MedicineReconciliation,
} from './medicine-list.model';
import { withoutNulls } from './without-nulls';

/** The list's history, reconciliation between two moments, and changes made by staff against a known version. */
@Resolver()
export class MedicineListChangesResolver {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly access: PatientAccess,
    private readonly history: MedicineListHistory,
    private readonly commands: StaffCommands,
  ) {}

  @Query(() => MedicineList, {
    nullable: true,
    description: 'The medicine list as it stood at a past moment; null when nothing was listed by then.',
  })
  async medicineListAt(
    @Args('patientId', { type: () => ID }) patientId: string,
    @Args('at', { type: () => GraphQLISODateTime }) at: Date,
    @CurrentCaller() caller: Caller,
  ): Promise<MedicineList | null> {
    checkPatientId('patientId', patientId);
    await this.access.authorise(caller, patientId, 'read medicineListAt');
    const list = medicineListAt(await this.history.factsOf(patientId), at);
    if (!list.changedAt) return null;
    return {
      patientId,
      changeCount: list.changeCount,
      changedAt: list.changedAt,
      medications: list.medications.map(listedOf),
    };
  }

  @Query(() => [MedicineListChangeRecord], {
    description: 'Changes made to the list from one moment up to another, oldest first.',
  })
  async medicineListChanges(
    @Args('patientId', { type: () => ID }) patientId: string,
    @Args('from', { type: () => GraphQLISODateTime }) from: Date,
    @Args('to', { type: () => GraphQLISODateTime }) to: Date,
    @CurrentCaller() caller: Caller,
  ): Promise<MedicineListChangeRecord[]> {
    checkPatientId('patientId', patientId);
    if (to < from) throw badInput('to', 'must not be before from');
    await this.access.authorise(caller, patientId, 'read medicineListChanges');
    const rows = await this.prisma.medicineListChange.findMany({
      where: { patientId, occurredAt: { gte: from, lte: to } },
      orderBy: [{ occurredAt: 'asc' }, { sequence: 'asc' }],
    });
    return rows.map((row) => ({
      eventId: row.eventId,
      occurredAt: row.occurredAt,
      careLinkId: row.careLinkId,
      changes: (
        row.payload as unknown as { changes: (MedicationChange & { changedBy?: string })[] }
      ).changes.map((c) => ({
        action: c.action,
        text: c.medication.text,
        coding: codingOf(c.medication),
        dose: c.dose ?? null,
        route: c.route ?? null,
        frequency: c.frequency ?? null,
        reason: c.reason ?? null,
        changedBy: c.changedBy ?? null,
      })),
    }));
  }

  @Query(() => MedicineReconciliation, {
    description:
      "What changed between the list at `from` (by default the latest stay's admission) and at `to` (by default now).",
  })
  async medicineReconciliation(
    @Args('patientId', { type: () => ID }) patientId: string,
    @Args('from', { type: () => GraphQLISODateTime, nullable: true }) from: Date | null,
    @Args('to', { type: () => GraphQLISODateTime, nullable: true }) to: Date | null,
    @CurrentCaller() caller: Caller,
  ): Promise<MedicineReconciliation> {
    checkPatientId('patientId', patientId);
    await this.access.authorise(caller, patientId, 'read medicineReconciliation');
    const since = from ?? (await this.history.latestAdmission(patientId));
    if (!since)
      throw badInput('from', 'the patient has no admission to compare with; give the moment to compare from');
    const until = to ?? new Date();
    if (until < since) throw badInput('to', 'must not be before from');
    return reconciliationView(
      reconcileMedicineLists(await this.history.factsOf(patientId), since, until),
      since,
      until,
    );
  }

  @Mutation(() => MedicineListChanged, {
    description:
      'Changes the shared medicine list. Refused with a CONFLICT naming input.listVersion when the list changed since, so no change is overwritten unseen.',
  })
  async changeMedicineList(
    @Args('input') input: ChangeMedicineListInput,
    @CurrentCaller() caller: Caller,
  ): Promise<MedicineListChanged> {
    checkPatientId('input.patientId', input.patientId);
    await this.access.authorise(caller, input.patientId, 'change medicineList');
    return this.commands.changeMedicineList(caller, {
      patientId: input.patientId,
      listVersion: input.listVersion,
      requestId: input.requestId,
      changes: input.changes.map((c) => ({
        action: c.action,
        ...withoutNulls({ dose: c.dose, route: c.route, frequency: c.frequency, reason: c.reason }),
        medication: withoutNulls({ text: c.medication.text, coding: c.medication.coding?.map(withoutNulls) }),
        changedBy: caller.actorId,
      })),
    });
  }
}
